package dev.harness4j.tools.shell.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits an awk program into tokens; a {@code /} starts a regex wherever an operand may begin. */
final class AwkLexer {

    /** Token kinds; operators and keywords carry their text. */
    enum Kind { NEWLINE, EOF, NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN, KEYWORD, OP }

    /** One token and the line it is on. */
    record Token(Kind kind, String text, double number, int line) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.KEYWORD) && text.equals(s);
        }
    }

    static final Set<String> KEYWORDS = Set.of("BEGIN", "END", "function", "func", "if", "else", "while", "for",
            "do", "break", "continue", "next", "nextfile", "exit", "return", "delete", "getline", "print", "printf",
            "in");
    static final Set<String> BUILTINS = Set.of("length", "substr", "index", "split", "sub", "gsub", "match",
            "sprintf", "sin", "cos", "atan2", "exp", "log", "sqrt", "int", "rand", "srand", "tolower", "toupper",
            "system", "close", "fflush");
    private static final String[] OPS = {"+=", "-=", "*=", "/=", "%=", "^=", "**=", "**", "==", "<=", ">=", "!=",
        "++", "--", "&&", "||", ">>", "!~", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^",
        "!", ">", "<", "|", "?", ":", "~", "$", "="};

    private final String src;
    private int pos;
    private int line = 1;
    private final List<Token> tokens = new ArrayList<>();

    private AwkLexer(String src) {
        this.src = src;
    }

    /** The tokens of a program, ending with EOF. */
    static List<Token> lex(String src) throws AwkException {
        AwkLexer l = new AwkLexer(src);
        l.run();
        return l.tokens;
    }

    private void add(Kind kind, String text, double number) {
        tokens.add(new Token(kind, text, number, line));
    }

    private boolean regexAllowed() {
        if (tokens.isEmpty()) {
            return true;
        }
        Token t = tokens.get(tokens.size() - 1);
        return switch (t.kind()) {
            case NUMBER, STRING, ERE, NAME, BUILTIN -> false;
            case OP -> !(t.text().equals(")") || t.text().equals("]") || t.text().equals("$")
                    || t.text().equals("++") || t.text().equals("--"));
            default -> true;
        };
    }

    private void run() throws AwkException {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
            } else if (c == '\\' && src.startsWith("\\\r\n", pos)) {
                pos += 3;
                line++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                add(Kind.NEWLINE, "\n", 0);
                pos++;
                line++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '"') {
                pos++;
                add(Kind.STRING, string(), 0);
            } else if (c == '/' && regexAllowed()) {
                pos++;
                add(Kind.ERE, regex(), 0);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length()
                    && Character.isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                String word = src.substring(start, pos);
                if (KEYWORDS.contains(word)) {
                    add(Kind.KEYWORD, word.equals("func") ? "function" : word, 0);
                } else if (BUILTINS.contains(word)) {
                    add(Kind.BUILTIN, word, 0);
                } else if (pos < src.length() && src.charAt(pos) == '(') {
                    add(Kind.FUNC_NAME, word, 0);
                } else {
                    add(Kind.NAME, word, 0);
                }
            } else {
                String op = null;
                for (String o : OPS) {
                    if (src.startsWith(o, pos)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw new AwkException("syntax error at source line " + line + ": unexpected character '"
                            + c + "'");
                }
                pos += op.length();
                add(Kind.OP, op.equals("**") ? "^" : op.equals("**=") ? "^=" : op, 0);
            }
        }
        add(Kind.NEWLINE, "\n", 0);
        add(Kind.EOF, "", 0);
    }

    private void number() {
        int start = pos;
        if (src.startsWith("0x", pos) || src.startsWith("0X", pos)) {
            int p = pos + 2;
            while (p < src.length() && Character.digit(src.charAt(p), 16) >= 0) {
                p++;
            }
            if (p > pos + 2) {
                add(Kind.NUMBER, src.substring(pos, p), Long.parseLong(src.substring(pos + 2, p), 16));
                pos = p;
                return;
            }
        }
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < src.length() && (src.charAt(p) == '+' || src.charAt(p) == '-')) {
                p++;
            }
            if (p < src.length() && Character.isDigit(src.charAt(p))) {
                pos = p;
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
        }
        String text = src.substring(start, pos);
        add(Kind.NUMBER, text, Double.parseDouble(text));
    }

    private String string() throws AwkException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw new AwkException("runaway string constant \"" + sb + " ...");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\' || pos >= src.length()) {
                sb.append(c);
                continue;
            }
            pos = escape(src, pos, sb);
        }
    }

    /** Decodes the escape after a backslash at {@code pos - 1}; returns the index after it. */
    static int escape(String src, int pos, StringBuilder sb) {
        char d = src.charAt(pos++);
        switch (d) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\013');
            case 'a' -> sb.append('\007');
            case '\\' -> sb.append('\\');
            case '"' -> sb.append('"');
            case '/' -> sb.append('/');
            case '\n' -> { }
            default -> {
                if (d >= '0' && d <= '7') {
                    int v = d - '0';
                    int n = 1;
                    while (n < 3 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
                        v = v * 8 + src.charAt(pos++) - '0';
                        n++;
                    }
                    sb.append((char) v);
                } else {
                    sb.append('\\').append(d);
                }
            }
        }
        return pos;
    }

    private String regex() throws AwkException {
        StringBuilder sb = new StringBuilder();
        boolean bracket = false;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw new AwkException("runaway regular expression /" + sb + " ...");
            }
            char c = src.charAt(pos++);
            if (c == '/' && !bracket) {
                return sb.toString();
            }
            if (c == '[' && !bracket) {
                bracket = true;
                sb.append(c);
                if (pos < src.length() && src.charAt(pos) == '^') {
                    sb.append(src.charAt(pos++));
                }
                if (pos < src.length() && src.charAt(pos) == ']') {
                    sb.append(src.charAt(pos++));
                }
                continue;
            }
            if (c == ']' && bracket) {
                bracket = false;
            }
            if (c == '\\' && pos < src.length()) {
                char d = src.charAt(pos++);
                if (d == '/') {
                    sb.append('/');
                } else {
                    sb.append('\\').append(d);
                }
                continue;
            }
            sb.append(c);
        }
    }
}

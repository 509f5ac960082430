package dev.harness4j.tools.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits shell source into words, operators and newlines, reading here-document bodies after each line. */
final class Lexer {
    /** What a token is. */
    enum Kind { WORD, OP, NEWLINE, EOF }

    /** A token: its kind, raw text, the file descriptor of a redirection operator (-1 if none), position. */
    record Token(Kind kind, String text, int fd, int start, int end, int line) {
        boolean isOp(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private static final String[] OPS = {"&>>", ";;&", "<<<", "<<-", "&&", "||", ";;", ";&", "|&", "<<", ">>", "<&",
        ">&", "<>", ">|", "&>", "|", "&", ";", "(", ")", "<", ">"};

    private record Pending(String delimiter, boolean quoted, boolean stripTabs, Node.HereDoc target) {
    }

    private final String src;
    private int pos;
    private int line = 1;
    private Token peeked;
    private final List<Pending> pending = new ArrayList<>();

    Lexer(String src) {
        this.src = src;
    }

    Token peek() {
        if (peeked == null) {
            peeked = read();
        }
        return peeked;
    }

    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    int line() {
        return line;
    }

    /** Whether the next character (no whitespace skipped) is {@code c}; the peeked token must be consumed. */
    boolean adjacent(char c) {
        return peeked == null && pos < src.length() && src.charAt(pos) == c;
    }

    /** Registers a here-document whose body starts on the next line. */
    void hereDoc(String rawDelimiter, boolean stripTabs, Node.HereDoc target) {
        boolean quoted = rawDelimiter.indexOf('\'') >= 0 || rawDelimiter.indexOf('"') >= 0
                || rawDelimiter.indexOf('\\') >= 0;
        String delim = rawDelimiter.replace("'", "").replace("\"", "").replace("\\", "");
        pending.add(new Pending(delim, quoted, stripTabs, target));
    }

    /** Reads the text up to the matching {@code ))} of an arithmetic command whose {@code ((} was consumed. */
    String arithmetic() {
        int depth = 0;
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0 && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
                    String text = src.substring(start, pos);
                    pos += 2;
                    return text;
                }
                depth--;
            } else if (c == '\n') {
                line++;
            }
            pos++;
        }
        throw new ParseException("unexpected EOF while looking for matching `))'");
    }

    /** Whether the source at the current position (after blanks) starts with {@code ((}. */
    boolean atDoubleParen() {
        if (peeked != null) {
            return false;
        }
        skipBlanks();
        return src.startsWith("((", pos);
    }

    void skip(int n) {
        pos += n;
    }

    /** Reads a {@code [[ =~ ]]} regular expression word, where parentheses and {@code |} belong to the word. */
    String regexWord() {
        skipBlanks();
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\'') {
                pos = Scan.endOfSingle(src, pos + 1) + 1;
                continue;
            }
            if (c == '"') {
                pos = Scan.endOfDouble(src, pos + 1) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if ((c == ' ' || c == '\t' || c == '\n') && depth == 0) {
                break;
            }
            pos++;
        }
        return src.substring(start, Math.min(pos, src.length()));
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token read() {
        skipBlanks();
        int start = pos;
        if (pos >= src.length()) {
            return new Token(Kind.EOF, "", -1, start, start, line);
        }
        char c = src.charAt(pos);
        if (c == '\n') {
            pos++;
            Token t = new Token(Kind.NEWLINE, "\n", -1, start, pos, line);
            line++;
            readHereDocs();
            return t;
        }
        int fd = -1;
        int j = pos;
        while (j < src.length() && Character.isDigit(src.charAt(j))) {
            j++;
        }
        if (j > pos && j < src.length() && (src.charAt(j) == '<' || src.charAt(j) == '>')) {
            fd = Integer.parseInt(src.substring(pos, j));
            pos = j;
        }
        if (fd < 0 && src.startsWith("<(", pos)) {
            return new Token(Kind.WORD, scanWord(), -1, start, pos, line);
        }
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.OP, op, fd, start, pos, line);
            }
        }
        pos = start;
        return new Token(Kind.WORD, scanWord(), -1, start, pos, line);
    }

    private String scanWord() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '<' && pos + 1 < src.length() && src.charAt(pos + 1) == '(') {
                pos = Scan.endOfParen(src, pos + 2) + 1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                    || c == '(' || c == ')') {
                break;
            }
            switch (c) {
                case '\\' -> {
                    if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                        line++;
                    }
                    pos += 2;
                }
                case '\'' -> pos = Scan.endOfSingle(src, pos + 1) + 1;
                case '"' -> pos = Scan.endOfDouble(src, pos + 1) + 1;
                case '`' -> pos = Scan.endOfBacktick(src, pos + 1) + 1;
                case '$' -> {
                    if (pos + 1 < src.length() && src.charAt(pos + 1) == '(') {
                        pos = Scan.endOfParen(src, pos + 2) + 1;
                    } else if (pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                        pos = Scan.endOfBrace(src, pos + 2) + 1;
                    } else if (pos + 1 < src.length() && src.charAt(pos + 1) == '\'') {
                        pos = Scan.endOfAnsi(src, pos + 2) + 1;
                    } else {
                        pos++;
                    }
                }
                default -> pos++;
            }
        }
        pos = Math.min(pos, src.length());
        String text = src.substring(start, pos);
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return text;
    }

    private void readHereDocs() {
        for (Pending p : pending) {
            StringBuilder body = new StringBuilder();
            boolean found = false;
            while (pos < src.length()) {
                int eol = src.indexOf('\n', pos);
                String ln = eol < 0 ? src.substring(pos) : src.substring(pos, eol);
                pos = eol < 0 ? src.length() : eol + 1;
                line++;
                if (p.stripTabs()) {
                    ln = ln.replaceFirst("^\t+", "");
                }
                if (ln.equals(p.delimiter())) {
                    found = true;
                    break;
                }
                body.append(ln).append('\n');
            }
            if (!found && pos >= src.length() && body.length() == 0 && !p.delimiter().isEmpty()) {
                // bash warns and uses what it has; an empty body is fine
                found = true;
            }
            String text = body.toString();
            p.target().body(p.quoted() ? new Word(List.of(new Word.Quoted(text))) : WordParser.heredoc(text));
        }
        pending.clear();
    }

    /** Reads pending here-documents at end of input (a script without a final newline). */
    void finish() {
        if (!pending.isEmpty()) {
            readHereDocs();
        }
    }
}

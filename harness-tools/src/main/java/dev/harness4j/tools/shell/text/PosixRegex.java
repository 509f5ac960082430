package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates POSIX basic and extended regular expressions, with the GNU extensions ({@code \< \> \b \B \w \W \s \S
 * \` \'}, BRE {@code \+ \? \|}), into {@link java.util.regex.Pattern}s. Matching is leftmost-first as in Java, not
 * POSIX leftmost-longest: an alternation whose earlier branch is a prefix of a later one can match shorter than GNU.
 */
final class PosixRegex {
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "0-9"), Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s"),
            Map.entry("blank", " \\t"), Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"));

    /** A regular expression GNU would reject, with GNU's message ({@code Unmatched ( or \(}). */
    static final class RegexException extends Exception {
        private static final long serialVersionUID = 1L;

        RegexException(String message) {
            super(message, null, false, false);
        }
    }

    private final String re;
    private final boolean extended;
    private final boolean sedEscapes;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> groups = new ArrayDeque<>();
    private int closedGroups;
    private int pos;
    private int lastAtom = -1;
    private boolean lastQuantified;
    private boolean atStart = true;

    private PosixRegex(String re, boolean extended, boolean sedEscapes) {
        this.re = re;
        this.extended = extended;
        this.sedEscapes = sedEscapes;
    }

    /** Compiles a POSIX expression; {@code sedEscapes} adds {@code \n \t} and friends as sed knows them. */
    static Pattern compile(String re, boolean extended, boolean ignoreCase, boolean sedEscapes)
            throws RegexException {
        String java = translate(re, extended, sedEscapes);
        try {
            return Pattern.compile(java, Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            throw new RegexException("Invalid regular expression");
        }
    }

    /** The Java regex syntax of a POSIX expression. */
    static String translate(String re, boolean extended, boolean sedEscapes) throws RegexException {
        PosixRegex t = new PosixRegex(re, extended, sedEscapes);
        t.run();
        return t.out.toString();
    }

    /**
     * Finds the next match at or after {@code from} the POSIX way where it matters: leftmost, and when the pattern
     * has an alternation, the longest match at that start (Java alone takes the first alternative that fits). Lines
     * over 4096 characters keep Java's match. The matcher's groups describe the match found.
     */
    static boolean find(Matcher m, int from, int length) {
        if (from > length || !m.find(from)) {
            return false;
        }
        if (m.pattern().pattern().indexOf('|') < 0 || length > 4096) {
            return true;
        }
        int start = m.start();
        int end = m.end();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int e = length; e > end; e--) {
            m.region(start, e);
            if (m.matches()) {
                return true;
            }
        }
        m.find(from);
        return true;
    }

    /** A view of text that checks for cancellation while a regex walks it, so runaway backtracking can be stopped. */
    static CharSequence guarded(CharSequence text, CommandContext context) {
        return new Guarded(text, context);
    }

    private record Guarded(CharSequence text, CommandContext context, int[] count) implements CharSequence {
        Guarded(CharSequence text, CommandContext context) {
            this(text, context, new int[1]);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++count[0] >= 1 << 16) {
                count[0] = 0;
                context.checkCancelled();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text.subSequence(start, end), context, count);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private void run() throws RegexException {
        int n = re.length();
        while (pos < n) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                if (pos >= n) {
                    throw new RegexException("Trailing backslash");
                }
                escape(re.charAt(pos++));
            } else if (c == '[') {
                atom();
                bracket();
            } else if (c == '.') {
                atom();
                out.append('.');
            } else if (c == '*') {
                quantifier("*");
            } else if (extended && (c == '+' || c == '?')) {
                quantifier(String.valueOf(c));
            } else if (extended && c == '{') {
                interval(true);
            } else if (extended && c == '(') {
                open();
            } else if (extended && c == ')' && !groups.isEmpty()) {
                close();
            } else if (extended && c == '|') {
                alternate();
            } else if (c == '^' && (extended || atStart)) {
                out.append('^');
                lastAtom = -1;
                atStart = !extended;
            } else if (c == '$' && (extended || atEnd())) {
                out.append("\\z");
                lastAtom = -1;
                atStart = false;
            } else {
                literal(c);
            }
        }
        if (!groups.isEmpty()) {
            throw new RegexException("Unmatched ( or \\(");
        }
    }

    private boolean atEnd() {
        return pos >= re.length() || re.startsWith("\\)", pos) || re.startsWith("\\|", pos);
    }

    private void escape(char d) throws RegexException {
        if (!extended && d == '(') {
            open();
        } else if (!extended && d == ')') {
            if (groups.isEmpty()) {
                throw new RegexException("Unmatched ) or \\)");
            }
            close();
        } else if (!extended && d == '|') {
            alternate();
        } else if (!extended && d == '{') {
            interval(false);
        } else if (!extended && (d == '+' || d == '?')) {
            quantifier(String.valueOf(d));
        } else if (d >= '1' && d <= '9') {
            if (d - '0' > closedGroups) {
                throw new RegexException("Invalid back reference");
            }
            atom();
            out.append('\\').append(d);
        } else if (d == '<') {
            zeroWidth("\\b(?=\\w)");
        } else if (d == '>') {
            zeroWidth("\\b(?<=\\w)");
        } else if (d == 'b' || d == 'B') {
            zeroWidth("\\" + d);
        } else if (d == '`') {
            zeroWidth("\\A");
        } else if (d == '\'') {
            zeroWidth("\\z");
        } else if (d == 'w' || d == 'W' || d == 's' || d == 'S') {
            atom();
            out.append('\\').append(d);
        } else if (sedEscapes && "ntrfva".indexOf(d) >= 0) {
            atom();
            out.append(switch (d) {
                case 'n' -> "\\n";
                case 't' -> "\\t";
                case 'r' -> "\\r";
                case 'f' -> "\\f";
                case 'v' -> "\\x0B";
                default -> "\\x07";
            });
        } else {
            literal(d);
        }
    }

    private void atom() {
        lastAtom = out.length();
        lastQuantified = false;
        atStart = false;
    }

    private void zeroWidth(String java) {
        out.append(java);
        lastAtom = -1;
        atStart = false;
    }

    private void literal(char c) {
        atom();
        appendLiteral(out, c);
    }

    private static char controlChar(char d) {
        return switch (d) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'v' -> (char) 0x0B;
            case 'a' -> (char) 0x07;
            default -> d;
        };
    }

    private static void appendLiteral(StringBuilder sb, char c) {
        if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c != '\n' && c != '\t') {
            sb.append('\\');
        }
        sb.append(c);
    }

    private void quantifier(String q) {
        if (lastAtom < 0) {
            if (!extended) {
                literal(q.charAt(0));
            }
            return;
        }
        if (lastQuantified) {
            out.insert(lastAtom, "(?:");
            out.append(')');
        }
        out.append(q);
        lastQuantified = true;
    }

    private void interval(boolean ere) throws RegexException {
        int i = pos;
        StringBuilder digits = new StringBuilder();
        while (i < re.length() && (Character.isDigit(re.charAt(i)) || re.charAt(i) == ',')) {
            digits.append(re.charAt(i++));
        }
        String close = ere ? "}" : "\\}";
        String body = digits.toString();
        boolean valid = re.startsWith(close, i) && body.matches("\\d+|\\d*,\\d*") && !body.equals(",");
        if (!valid) {
            if (ere) {
                literal('{');
                return;
            }
            throw new RegexException("Unmatched \\{");
        }
        pos = i + close.length();
        if (lastAtom < 0) {
            return;
        }
        String[] parts = body.split(",", -1);
        if (parts.length == 2 && !parts[1].isEmpty() && !parts[0].isEmpty()
                && Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
            throw new RegexException("Invalid content of \\{\\}");
        }
        quantifier("{" + (body.startsWith(",") ? "0" + body : body) + "}");
    }

    private void open() {
        groups.push(out.length());
        out.append('(');
        lastAtom = -1;
        atStart = true;
    }

    private void close() {
        int start = groups.pop();
        out.append(')');
        closedGroups++;
        lastAtom = start;
        lastQuantified = false;
        atStart = false;
    }

    private void alternate() {
        out.append('|');
        lastAtom = -1;
        atStart = true;
    }

    private void bracket() throws RegexException {
        int n = re.length();
        StringBuilder set = new StringBuilder("[");
        if (pos < n && re.charAt(pos) == '^') {
            set.append('^');
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= n) {
                throw new RegexException("Unmatched [, [^, [:, [., or [=");
            }
            char c = re.charAt(pos);
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[' && pos + 1 < n && ":=.".indexOf(re.charAt(pos + 1)) >= 0) {
                char kind = re.charAt(pos + 1);
                int end = re.indexOf(kind + "]", pos + 2);
                if (end < 0) {
                    throw new RegexException("Unmatched [, [^, [:, [., or [=");
                }
                String name = re.substring(pos + 2, end);
                pos = end + 2;
                if (kind == ':') {
                    String cls = CLASSES.get(name);
                    if (cls == null) {
                        throw new RegexException("Invalid character class name");
                    }
                    set.append(cls);
                } else {
                    for (char x : name.toCharArray()) {
                        appendLiteral(set, x);
                    }
                }
                continue;
            }
            pos++;
            if (sedEscapes && c == '\\' && pos < n && "ntrfva\\".indexOf(re.charAt(pos)) >= 0) {
                // GNU sed turns \n, \t… into the character before compiling, inside brackets too; \\ is one backslash
                c = controlChar(re.charAt(pos++));
            }
            if (pos + 1 < n && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                char hi = re.charAt(pos + 1);
                if (hi < c) {
                    throw new RegexException("Invalid range end");
                }
                pos += 2;
                appendLiteral(set, c);
                set.append('-');
                appendLiteral(set, hi);
            } else {
                appendLiteral(set, c);
            }
        }
        out.append(set.append(']'));
    }
}

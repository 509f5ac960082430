package dev.harness4j.tools.shell;

import java.util.regex.Pattern;

/**
 * Shell glob patterns ({@code *}, {@code ?}, {@code […]}, {@code [!…]}, POSIX classes); a backslash makes the next
 * character literal (expansion escapes quoted characters that way).
 */
final class Patterns {
    private Patterns() {
    }

    /** Whether {@code pattern} holds an unescaped glob character. */
    static boolean hasGlob(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            } else if (c == '[' && classEnd(pattern, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole of {@code text} matches {@code pattern}. */
    static boolean matches(String pattern, String text) {
        return compile(pattern).matcher(text).matches();
    }

    /** The pattern as a Java regex matching whole strings (DOTALL). */
    static Pattern compile(String pattern) {
        return Pattern.compile(toRegex(pattern, false), Pattern.DOTALL);
    }

    /** The pattern with lazy stars, for shortest-match trimming. */
    static Pattern compileLazy(String pattern) {
        return Pattern.compile(toRegex(pattern, true), Pattern.DOTALL);
    }

    /** Removes backslash escapes, giving the literal text of a pattern without glob characters. */
    static String unescape(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Escapes every glob character of {@code literal}. */
    static String escape(String literal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if ("*?[]\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int end = p.indexOf(":]", i + 2);
                if (end > 0) {
                    i = end + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return -1;
    }

    static String toRegex(String p, boolean lazy) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < p.length()) {
                        re.append(Pattern.quote(String.valueOf(p.charAt(++i))));
                    } else {
                        re.append("\\\\");
                    }
                }
                case '*' -> re.append(lazy ? ".*?" : ".*");
                case '?' -> re.append('.');
                case '[' -> {
                    int end = classEnd(p, i);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        re.append(charClass(p.substring(i + 1, end)));
                        i = end;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    private static String charClass(String body) {
        StringBuilder re = new StringBuilder("[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            re.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' && i + 1 < body.length() && body.charAt(i + 1) == ':') {
                int end = body.indexOf(":]", i + 2);
                if (end > 0) {
                    re.append(posix(body.substring(i + 2, end)));
                    i = end + 1;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            if (c == '-' && re.length() > 1 && i + 1 < body.length()) {
                re.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        return re.append(']').toString();
    }

    private static String posix(String name) {
        return switch (name) {
            case "alpha" -> "a-zA-Z";
            case "digit" -> "0-9";
            case "alnum" -> "a-zA-Z0-9";
            case "upper" -> "A-Z";
            case "lower" -> "a-z";
            case "space" -> " \\t\\n\\r\\f\\x0B";
            case "blank" -> " \\t";
            case "punct" -> "\\p{Punct}";
            case "xdigit" -> "0-9A-Fa-f";
            case "cntrl" -> "\\x00-\\x1F\\x7F";
            case "print" -> "\\x20-\\x7E";
            case "graph" -> "\\x21-\\x7E";
            default -> "";
        };
    }
}

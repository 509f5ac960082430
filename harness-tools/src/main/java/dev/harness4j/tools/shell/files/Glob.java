package dev.harness4j.tools.shell.files;

/**
 * fnmatch(3) without FNM_PATHNAME or FNM_PERIOD, as find's {@code -name} and {@code -path} use it: {@code *},
 * {@code ?}, bracket expressions with {@code !}/{@code ^}, ranges and {@code [:class:]}, backslash escapes.
 */
final class Glob {
    private Glob() {
    }

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        if (ignoreCase) {
            pattern = pattern.toLowerCase(java.util.Locale.ROOT);
            text = text.toLowerCase(java.util.Locale.ROOT);
        }
        return match(pattern, 0, text, 0);
    }

    private static boolean match(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = ti; k <= t.length(); k++) {
                    if (match(p, pi, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length()) {
                return false;
            }
            if (c == '?') {
                pi++;
                ti++;
            } else if (c == '[') {
                int end = bracketEnd(p, pi);
                if (end < 0) {
                    if (t.charAt(ti) != '[') {
                        return false;
                    }
                    pi++;
                    ti++;
                } else {
                    if (!bracket(p.substring(pi + 1, end), t.charAt(ti))) {
                        return false;
                    }
                    pi = end + 1;
                    ti++;
                }
            } else {
                if (c == '\\' && pi + 1 < p.length()) {
                    c = p.charAt(++pi);
                }
                if (c != t.charAt(ti)) {
                    return false;
                }
                pi++;
                ti++;
            }
        }
        return ti == t.length();
    }

    /** Index of the closing bracket of the expression opening at {@code start}, or -1. */
    private static int bracketEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int close = p.indexOf(":]", i + 2);
                if (close > 0) {
                    i = close + 2;
                    continue;
                }
            }
            if (c == ']') {
                return i;
            }
            if (c == '\\') {
                i++;
            }
            i++;
        }
        return -1;
    }

    private static boolean bracket(String set, char ch) {
        boolean negate = !set.isEmpty() && (set.charAt(0) == '!' || set.charAt(0) == '^');
        int i = negate ? 1 : 0;
        boolean found = false;
        boolean first = true;
        while (i < set.length()) {
            char c = set.charAt(i);
            if (c == '[' && i + 1 < set.length() && set.charAt(i + 1) == ':') {
                int close = set.indexOf(":]", i + 2);
                if (close > 0) {
                    found |= inClass(set.substring(i + 2, close), ch);
                    i = close + 2;
                    first = false;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < set.length()) {
                c = set.charAt(++i);
            }
            if (i + 2 < set.length() && set.charAt(i + 1) == '-' && !(c == ']' && !first)) {
                char hi = set.charAt(i + 2);
                if (hi == '\\' && i + 3 < set.length()) {
                    hi = set.charAt(i + 3);
                    i++;
                }
                found |= ch >= c && ch <= hi;
                i += 3;
            } else {
                found |= ch == c;
                i++;
            }
            first = false;
        }
        return found != negate;
    }

    private static boolean inClass(String name, char c) {
        return switch (name) {
            case "alpha" -> c < 128 && Character.isLetter(c);
            case "digit" -> c >= '0' && c <= '9';
            case "alnum" -> c < 128 && Character.isLetterOrDigit(c);
            case "upper" -> c >= 'A' && c <= 'Z';
            case "lower" -> c >= 'a' && c <= 'z';
            case "space" -> c == ' ' || (c >= '\t' && c <= '\r');
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> c > 32 && c < 127 && !Character.isLetterOrDigit(c);
            case "xdigit" -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case "print" -> c >= 32 && c < 127;
            case "graph" -> c > 32 && c < 127;
            case "cntrl" -> c < 32 || c == 127;
            default -> false;
        };
    }
}

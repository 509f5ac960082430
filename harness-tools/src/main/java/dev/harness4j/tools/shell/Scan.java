package dev.harness4j.tools.shell;

/** Finds the ends of quoted and nested constructs in shell source text. */
final class Scan {
    private Scan() {
    }

    /** The index of the closing quote of {@code '…'} whose opening quote is at {@code i - 1}. */
    static int endOfSingle(String s, int i) {
        int j = s.indexOf('\'', i);
        if (j < 0) {
            throw new ParseException("unexpected EOF while looking for matching `''");
        }
        return j;
    }

    /** The index of the closing quote of {@code $'…'} (backslash escapes allowed) opened before {@code i}. */
    static int endOfAnsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                return i;
            } else {
                i++;
            }
        }
        throw new ParseException("unexpected EOF while looking for matching `''");
    }

    /** The index of the closing {@code "} of a double-quoted string opened before {@code i}. */
    static int endOfDouble(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                i = (s.charAt(i + 1) == '(' ? endOfParen(s, i + 2) : endOfBrace(s, i + 2)) + 1;
            } else if (c == '`') {
                i = endOfBacktick(s, i + 1) + 1;
            } else {
                i++;
            }
        }
        throw new ParseException("unexpected EOF while looking for matching `\"'");
    }

    /** The index of the closing backtick of a substitution opened before {@code i}. */
    static int endOfBacktick(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                return i;
            } else {
                i++;
            }
        }
        throw new ParseException("unexpected EOF while looking for matching ``'");
    }

    /** The index of the {@code )} matching a {@code (} just before {@code i}, skipping quotes and nesting. */
    static int endOfParen(String s, int i) {
        int depth = 1;
        int cases = 0;
        boolean wordStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (wordStart && (s.startsWith("case", i) || s.startsWith("esac", i)) && (i + 4 == s.length()
                    || " \t\n;)".indexOf(s.charAt(i + 4)) >= 0)) {
                cases += s.startsWith("case", i) ? 1 : -1;
                i += 4;
                wordStart = false;
                continue;
            }
            if (c == ')' && cases > 0 && depth == 1) {
                i++;
                wordStart = true;
                continue;
            }
            switch (c) {
                case '\\' -> i += 2;
                case '\'' -> i = endOfSingle(s, i + 1) + 1;
                case '"' -> i = endOfDouble(s, i + 1) + 1;
                case '`' -> i = endOfBacktick(s, i + 1) + 1;
                case '#' -> {
                    if (wordStart) {
                        while (i < s.length() && s.charAt(i) != '\n') {
                            i++;
                        }
                    } else {
                        i++;
                    }
                }
                case '(' -> {
                    depth++;
                    i++;
                }
                case ')' -> {
                    if (--depth == 0) {
                        return i;
                    }
                    i++;
                }
                default -> {
                    if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        i = endOfBrace(s, i + 2) + 1;
                    } else {
                        i++;
                    }
                }
            }
            wordStart = i > 0 && i <= s.length() && " \t\n;|&(".indexOf(s.charAt(i - 1)) >= 0;
        }
        throw new ParseException("unexpected EOF while looking for matching `)'");
    }

    /** The index of the {@code }} closing a {@code ${} opened just before {@code i}. */
    static int endOfBrace(String s, int i) {
        int depth = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                i = endOfSingle(s, i + 1) + 1;
            } else if (c == '"') {
                i = endOfDouble(s, i + 1) + 1;
            } else if (c == '`') {
                i = endOfBacktick(s, i + 1) + 1;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                i = endOfParen(s, i + 2) + 1;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                depth++;
                i += 2;
            } else if (c == '}') {
                if (--depth == 0) {
                    return i;
                }
                i++;
            } else {
                i++;
            }
        }
        throw new ParseException("unexpected EOF while looking for matching `}'");
    }

    /** Whether {@code c} may start a variable name. */
    static boolean nameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code c} may continue a variable name. */
    static boolean nameChar(char c) {
        return nameStart(c) || (c >= '0' && c <= '9');
    }

    /** Whether {@code s} is a valid variable name. */
    static boolean isName(String s) {
        if (s.isEmpty() || !nameStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!nameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

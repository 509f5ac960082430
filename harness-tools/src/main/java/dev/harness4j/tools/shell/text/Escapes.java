package dev.harness4j.tools.shell.text;

/** Backslash escapes as printf's format and {@code %b} read them, and bash's {@code %q} quoting. */
final class Escapes {
    private Escapes() {
    }

    /**
     * Decodes the escape at {@code i} (a backslash) into {@code out} and returns the index after it. In {@code %b}
     * arguments octal is {@code \0NNN}; in formats {@code \NNN}.
     */
    static int decode(String s, int i, StringBuilder out, boolean bArgument) {
        if (i + 1 >= s.length()) {
            out.append('\\');
            return i + 1;
        }
        char d = s.charAt(i + 1);
        int j = i + 2;
        switch (d) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\013');
            case 'e', 'E' -> out.append('\033');
            case '\\' -> out.append('\\');
            case '"' -> out.append('"');
            case '\'' -> out.append('\'');
            case '?' -> out.append('?');
            case 'x', 'u', 'U' -> {
                int max = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                int v = 0;
                int k = j;
                while (k < s.length() && k < j + max && Character.digit(s.charAt(k), 16) >= 0) {
                    v = v * 16 + Character.digit(s.charAt(k++), 16);
                }
                if (k == j) {
                    out.append('\\').append(d);
                } else if (d == 'x') {
                    out.append((char) v);
                } else {
                    out.appendCodePoint(v);
                }
                j = k;
            }
            default -> {
                if (d >= '0' && d <= '7') {
                    int k = i + 1;
                    int max = 3;
                    if (bArgument && d == '0') {
                        k++;
                    }
                    int v = 0;
                    int start = k;
                    while (k < s.length() && k < start + max && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                        v = v * 8 + s.charAt(k++) - '0';
                    }
                    out.append((char) (v & 0xFF));
                    j = k;
                } else {
                    out.append('\\').append(d);
                }
            }
        }
        return j;
    }

    /** bash's {@code printf %q}: backslash-escapes shell-special characters; empty is {@code ''}. */
    static String shellQuote(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return "$'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
                        .replace("\t", "\\t") + "'";
            }
            if (" \t!\"#$&'()*,;<>?[\\]^`{|}~".indexOf(c) >= 0 || (i == 0 && c == '=')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

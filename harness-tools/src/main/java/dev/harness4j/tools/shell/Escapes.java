package dev.harness4j.tools.shell;

/** Backslash escapes of {@code $'…'} and {@code echo -e}. */
final class Escapes {
    private Escapes() {
    }

    /** Decodes the body of {@code $'…'}. */
    static String ansi(String s) {
        return decode(s, false).text;
    }

    /** The result of decoding: the text and whether {@code \c} asked to stop output. */
    record Decoded(String text, boolean stop) {
    }

    /** Decodes escapes; {@code echo} mode reads {@code \0nnn} octal and honours {@code \c}. */
    static Decoded decode(String s, boolean echo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\013');
                case 'e', 'E' -> sb.append('\033');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append(echo ? "\\'" : "'");
                case '"' -> sb.append(echo ? "\\\"" : "\"");
                case 'c' -> {
                    if (echo) {
                        return new Decoded(sb.toString(), true);
                    }
                    sb.append("\\c");
                }
                case 'x' -> {
                    int j = i + 1;
                    while (j < s.length() && j < i + 3 && Character.digit(s.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j == i + 1) {
                        sb.append("\\x");
                    } else {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, j), 16));
                        i = j - 1;
                    }
                }
                case 'u', 'U' -> {
                    int max = n == 'u' ? 4 : 8;
                    int j = i + 1;
                    while (j < s.length() && j < i + 1 + max && Character.digit(s.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j == i + 1) {
                        sb.append('\\').append(n);
                    } else {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, j), 16));
                        i = j - 1;
                    }
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int start = echo && n == '0' ? i + 1 : i;
                        int j = start;
                        while (j < s.length() && j < start + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            j++;
                        }
                        if (echo && n != '0') {
                            sb.append('\\').append(n);
                        } else {
                            sb.append((char) (j == start ? 0 : Integer.parseInt(s.substring(start, j), 8) & 0xff));
                            i = j - 1;
                        }
                    } else {
                        sb.append('\\').append(n);
                    }
                }
            }
        }
        return new Decoded(sb.toString(), false);
    }
}

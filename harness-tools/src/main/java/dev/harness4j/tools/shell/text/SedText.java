package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/** Text helpers of sed: replacement expansion, {@code y}, {@code l}, {@code r}. */
final class SedText {
    private SedText() {
    }

    /** A failure while running a script (no previous regex), reported as {@code sed: message}. */
    static final class SedRuntimeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SedRuntimeException(String message) {
            super(message, null, false, false);
        }
    }

    /** Appends the expansion of an s replacement (&amp;, group references, newline, case conversion) for a match. */
    static void replacement(String rep, Matcher m, StringBuilder sb) {
        char mode = 0;
        char once = 0;
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            String piece;
            if (c == '&') {
                piece = m.group();
            } else if (c == '\\' && i + 1 < rep.length()) {
                char d = rep.charAt(++i);
                if (d >= '0' && d <= '9') {
                    int g = d - '0';
                    if (g > m.groupCount()) {
                        throw new SedRuntimeException("invalid reference \\" + g + " on `s' command's RHS");
                    }
                    piece = m.group(g) == null ? "" : m.group(g);
                } else if (d == 'L' || d == 'U') {
                    mode = d;
                    once = 0;
                    continue;
                } else if (d == 'E') {
                    mode = 0;
                    once = 0;
                    continue;
                } else if (d == 'l' || d == 'u') {
                    once = d;
                    continue;
                } else {
                    piece = switch (d) {
                        case 'n' -> "\n";
                        case 't' -> "\t";
                        case 'r' -> "\r";
                        case 'a' -> "\007";
                        case 'f' -> "\f";
                        case 'v' -> "\013";
                        default -> String.valueOf(d);
                    };
                }
            } else {
                piece = String.valueOf(c);
            }
            if (mode == 'U') {
                piece = piece.toUpperCase();
            } else if (mode == 'L') {
                piece = piece.toLowerCase();
            }
            if (once != 0 && !piece.isEmpty()) {
                String first = piece.substring(0, 1);
                piece = (once == 'u' ? first.toUpperCase() : first.toLowerCase()) + piece.substring(1);
                once = 0;
            }
            sb.append(piece);
        }
    }

    /** The y command: each character of {@code from} becomes the one at the same index of {@code to}. */
    static String transliterate(String ps, String from, String to) {
        StringBuilder sb = new StringBuilder(ps.length());
        for (int i = 0; i < ps.length(); i++) {
            char c = ps.charAt(i);
            int at = from.indexOf(c);
            sb.append(at < 0 ? c : to.charAt(at));
        }
        return sb.toString();
    }

    /** The l command: escapes, octal for other non-printables, lines folded at {@code width}, a final {@code $}. */
    static String visible(String ps, int width) {
        StringBuilder all = new StringBuilder();
        int col = 0;
        byte[] bytes = ps.getBytes(StandardCharsets.UTF_8);
        for (byte raw : bytes) {
            int b = raw & 0xFF;
            String piece = switch (b) {
                case '\\' -> "\\\\";
                case 7 -> "\\a";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case 11 -> "\\v";
                default -> b < 32 || b >= 127 ? String.format("\\%03o", b) : String.valueOf((char) b);
            };
            if (width > 1 && col + piece.length() > width - 1) {
                all.append("\\\n");
                col = 0;
            }
            all.append(piece);
            col += piece.length();
        }
        return all.append('$').toString();
    }

    /** The contents of a file for r; nothing when it cannot be read (as GNU). */
    static String readFile(CommandContext context, String name) throws IOException {
        try {
            return TextIo.readText(context, name.equals("/dev/stdin") ? "-" : name);
        } catch (TextIo.InputException e) {
            return "";
        }
    }
}

package dev.harness4j.tools.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Expands stat's {@code %} directives, with printf-style width and {@code -} flag. */
final class StatFormat {
    private StatFormat() {
    }

    static String render(String format, String name, Path path, BasicFileAttributes a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                b.append(c);
                continue;
            }
            int j = i + 1;
            while (j < format.length() && "-0#+ ".indexOf(format.charAt(j)) >= 0) {
                j++;
            }
            while (j < format.length() && Character.isDigit(format.charAt(j))) {
                j++;
            }
            if (j < format.length() && (format.charAt(j) == 'H' || format.charAt(j) == 'L')) {
                j++;
            }
            if (j >= format.length()) {
                b.append(format.substring(i));
                break;
            }
            String spec = format.substring(i + 1, j);
            char d = format.charAt(j);
            String v = field(d, name, path, a);
            if (v == null) {
                b.append(format, i, j + 1);
            } else {
                b.append(pad(spec.replaceAll("[HL]", ""), v));
            }
            i = j;
        }
        return b.toString();
    }

    private static String pad(String spec, String v) {
        if (spec.isEmpty()) {
            return v;
        }
        boolean left = spec.contains("-");
        boolean zero = spec.startsWith("0");
        String digits = spec.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        int width = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        if (v.length() >= width) {
            return v;
        }
        String fill = (zero && !left ? "0" : " ").repeat(width - v.length());
        return left ? v + fill : fill + v;
    }

    private static String field(char d, String name, Path path, BasicFileAttributes a) {
        return switch (d) {
            case 'n' -> name;
            case 'N' -> {
                String q = BaseCommand.quote(name);
                if (a.isSymbolicLink()) {
                    try {
                        q += " -> " + BaseCommand.quote(Files.readSymbolicLink(path).toString());
                    } catch (IOException e) {
                        // keep the name alone
                    }
                }
                yield q;
            }
            case '\u0001' -> {
                String shown = name;
                if (a.isSymbolicLink()) {
                    try {
                        shown += " -> " + Files.readSymbolicLink(path);
                    } catch (IOException e) {
                        // keep the name alone
                    }
                }
                yield shown;
            }
            case 's' -> Long.toString(Fs.size(path, a));
            case 'b' -> Long.toString(Human.blocksK(a) * 2);
            case 'B' -> "512";
            case 'o' -> "4096";
            case 'F' -> a.isSymbolicLink() ? "symbolic link" : a.isDirectory() ? "directory"
                    : a.size() == 0 ? "regular empty file" : "regular file";
            case 'f' -> Integer.toHexString((a.isDirectory() ? 0040000 : a.isSymbolicLink() ? 0120000 : 0100000)
                    | Fs.mode(a));
            case 'a' -> Integer.toOctalString(Fs.mode(a));
            case 'A' -> Fs.modeString(a);
            case 'h' -> Long.toString(LsFormat.links(path, a));
            case 'U', 'G' -> LsFormat.OWNER;
            case 'u', 'g' -> "1000";
            case 'i' -> a.fileKey() == null ? "0" : a.fileKey().toString().replaceAll("\\D", "");
            case 'd', 'D' -> "0";
            case 'm' -> "/";
            case 't', 'T' -> "0";
            case 'y', 'x', 'z' -> FileTimes.full(a.lastModifiedTime().toInstant());
            case 'Y', 'X', 'Z' -> Long.toString(a.lastModifiedTime().toInstant().getEpochSecond());
            case 'w' -> "-";
            case 'W' -> "0";
            case '%' -> "%";
            default -> null;
        };
    }
}

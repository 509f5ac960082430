package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.files.BaseCommand.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/** The side-effecting parts of find: printing, {@code -printf}, {@code -delete}, {@code -exec +}, {@code -size}. */
final class FindActions {
    private FindActions() {
    }

    static boolean print(FindRun run, String text) throws IOException {
        BaseCommand.write(run.context.stdout(), text);
        return true;
    }

    static boolean delete(FindExpr.Visit v, FindRun run) throws IOException {
        String name = v.name();
        if (v.depth() == 0 && (name.equals(".") || name.equals(".."))) {
            return true;
        }
        try {
            Fs.checkWritable(run.context, v.path());
            if (Fs.isMountRoot(run.context, v.path())) {
                throw new Fs.PathError("Device or resource busy");
            }
            Files.delete(v.path());
            return true;
        } catch (Fs.PathError e) {
            run.command.error(run.context, "cannot delete " + BaseCommand.quote(v.display()) + ": " + e.getMessage());
            run.status = 1;
            return false;
        } catch (IOException e) {
            run.command.error(run.context, "cannot delete " + BaseCommand.quote(v.display()) + ": " + Fs.errno(e));
            run.status = 1;
            return false;
        }
    }

    static FindExpr batch(List<String> prefix) {
        FindRun.Batch[] holder = new FindRun.Batch[1];
        return (v, r) -> {
            if (holder[0] == null) {
                holder[0] = r.new Batch(List.copyOf(prefix));
            }
            holder[0].add(v.display());
            return true;
        };
    }

    static FindExpr size(String spec) throws UsageException {
        String s = spec;
        long unit = 512;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if ("bcwkMG".indexOf(last) >= 0) {
            unit = switch (last) {
                case 'c' -> 1;
                case 'w' -> 2;
                case 'k' -> 1024;
                case 'M' -> 1024 * 1024;
                case 'G' -> 1024 * 1024 * 1024;
                default -> 512;
            };
            s = s.substring(0, s.length() - 1);
        }
        FindParser.NumberTest n = FindParser.NumberTest.parse("-size", s);
        long u = unit;
        return (v, r) -> n.test((Fs.size(v.path(), v.attrs()) + u - 1) / u);
    }

    /** Expands a {@code -printf} format for one file. */
    static String printf(String format, FindExpr.Visit v) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                char e = format.charAt(++i);
                b.append(switch (e) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case '0' -> "\0";
                    case '\\' -> "\\";
                    default -> "\\" + e;
                });
            } else if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(++i);
                java.time.Instant t = v.attrs().lastModifiedTime().toInstant();
                if ((d == 'T' || d == 'A' || d == 'C') && i + 1 < format.length()) {
                    b.append(time(format.charAt(++i), t));
                } else if (d == 't' || d == 'a' || d == 'c') {
                    b.append(time('c', t));
                } else {
                    b.append(directive(d, v));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** One {@code %Tk} time field: {@code @} epoch, {@code +} date+time, otherwise a strftime letter. */
    private static String time(char k, java.time.Instant t) {
        java.time.ZonedDateTime z = t.atZone(java.time.ZoneOffset.UTC);
        String fraction = String.format(Locale.ROOT, "%09d0", t.getNano());
        return switch (k) {
            case '@' -> t.getEpochSecond() + "." + fraction;
            case '+' -> Strftime.format("%Y-%m-%d+%H:%M:%S.", z) + fraction;
            case 'T' -> Strftime.format("%H:%M:%S.", z) + fraction;
            case 'S' -> Strftime.format("%S.", z) + fraction;
            case 'c' -> Strftime.format("%a %b %e %H:%M:%S.", z) + fraction + Strftime.format(" %Y", z);
            default -> Strftime.format("%" + k, z);
        };
    }

    private static String directive(char d, FindExpr.Visit v) throws IOException {
        String display = v.display();
        return switch (d) {
            case 'p' -> display;
            case 'f' -> v.name();
            case 'h' -> {
                int slash = display.lastIndexOf('/');
                yield slash < 0 ? "." : slash == 0 ? "/" : display.substring(0, slash);
            }
            case 'P' -> v.depth() == 0 ? "" : display.substring(v.start().length()
                    + (v.start().endsWith("/") ? 0 : 1));
            case 's' -> Long.toString(Fs.size(v.path(), v.attrs()));
            case 'd' -> Integer.toString(v.depth());
            case 'y' -> v.attrs().isSymbolicLink() ? "l" : v.attrs().isDirectory() ? "d" : "f";
            case 'm' -> Integer.toOctalString(Fs.mode(v.attrs()));
            case 'M' -> Fs.modeString(v.attrs());
            case 'k' -> Long.toString(Human.blocksK(v.attrs()));
            case 'u', 'g' -> LsFormat.OWNER;
            case 'l' -> v.attrs().isSymbolicLink() ? Files.readSymbolicLink(v.path()).toString() : "";
            case '%' -> "%";
            default -> "%" + d;
        };
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How {@code ls} orders and prints a group of entries: short names or the {@code -l} long format. */
final class LsFormat {
    static final String OWNER = "user";
    private static final long SIX_MONTHS_SECONDS = 15_778_476L;
    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ROOT);

    private final CommandContext context;
    private final Options options;

    LsFormat(CommandContext context, Options options) {
        this.context = context;
        this.options = options;
    }

    Comparator<Ls.Entry> order() {
        Comparator<Ls.Entry> byName = (a, b) -> Fs.compareBytes(a.name(), b.name());
        String key = options.last("t", "S", "U");
        Comparator<Ls.Entry> c = byName;
        if ("t".equals(key)) {
            c = Comparator.comparing((Ls.Entry e) -> e.attrs().lastModifiedTime()).reversed().thenComparing(byName);
        } else if ("S".equals(key)) {
            c = Comparator.comparingLong((Ls.Entry e) -> Fs.size(e.path(), e.attrs())).reversed().thenComparing(byName);
        }
        return options.has("r") ? c.reversed() : c;
    }

    void print(List<Ls.Entry> entries, boolean total) throws IOException {
        print(entries, List.of(), total);
    }

    /** Prints the entries; {@code alsoMeasured} only widen the columns (GNU sizes them over every operand). */
    void print(List<Ls.Entry> entries, List<Ls.Entry> alsoMeasured, boolean total) throws IOException {
        StringBuilder out = new StringBuilder();
        if (!options.has("l")) {
            for (Ls.Entry e : entries) {
                out.append(e.name()).append(classify(e.attrs())).append('\n');
            }
            BaseCommand.write(context.stdout(), out.toString());
            return;
        }
        List<String[]> rows = new ArrayList<>();
        long blocks = 0;
        int[] widths = new int[4];
        for (Ls.Entry e : entries) {
            context.checkCancelled();
            BasicFileAttributes a = e.attrs();
            blocks += Human.blocksK(a);
            String[] row = {Long.toString(links(e.path(), a)), LsFormat.OWNER, LsFormat.OWNER,
                    options.has("h") ? Human.size(Fs.size(e.path(), a)) : Long.toString(Fs.size(e.path(), a))};
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
            rows.add(row);
        }
        for (Ls.Entry e : alsoMeasured) {
            String[] row = {Long.toString(links(e.path(), e.attrs())), OWNER, OWNER,
                    options.has("h") ? Human.size(Fs.size(e.path(), e.attrs())) : Long.toString(Fs.size(e.path(),
                            e.attrs()))};
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        if (total) {
            out.append("total ").append(options.has("h") ? Human.size(blocks * 1024) : Long.toString(blocks))
                    .append('\n');
        }
        for (int i = 0; i < entries.size(); i++) {
            Ls.Entry e = entries.get(i);
            String[] row = rows.get(i);
            out.append(Fs.modeString(e.attrs())).append(' ')
                    .append(pad(row[0], widths[0], true)).append(' ')
                    .append(pad(row[1], widths[1], false)).append(' ')
                    .append(pad(row[2], widths[2], false)).append(' ')
                    .append(pad(row[3], widths[3], true)).append(' ')
                    .append(date(e.attrs().lastModifiedTime().toInstant())).append(' ')
                    .append(e.name());
            if (e.attrs().isSymbolicLink()) {
                out.append(" -> ").append(Files.readSymbolicLink(e.path()));
            } else {
                out.append(classify(e.attrs()));
            }
            out.append('\n');
        }
        BaseCommand.write(context.stdout(), out.toString());
    }

    private String classify(BasicFileAttributes a) {
        if (!options.has("F")) {
            return "";
        }
        return a.isDirectory() ? "/" : a.isSymbolicLink() ? "@" : "";
    }

    private String date(Instant t) {
        if (options.has("full-time")) {
            return FileTimes.full(t);
        }
        Instant now = context.clock().instant();
        boolean recent = t.isAfter(now.minusSeconds(SIX_MONTHS_SECONDS)) && !t.isAfter(now);
        return (recent ? RECENT : OLD).format(t.atZone(ZoneOffset.UTC));
    }

    /** Hard links: 1 for files, 2 plus subdirectories for directories (as ext4 counts them). */
    static long links(Path path, BasicFileAttributes a) {
        if (!a.isDirectory()) {
            return 1;
        }
        try (Stream<Path> s = Files.list(path)) {
            return 2 + s.filter(p -> Files.isDirectory(p, Fs.NOFOLLOW)).count();
        } catch (IOException e) {
            return 2;
        }
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}

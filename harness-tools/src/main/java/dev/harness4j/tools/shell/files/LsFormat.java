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
        boolean dirsFirst = options.has("group-directories-first");
        if ("t".equals(key)) {
            c = Comparator.comparing((Ls.Entry e) -> e.attrs().lastModifiedTime()).reversed().thenComparing(byName);
        } else if ("S".equals(key)) {
            c = Comparator.comparingLong((Ls.Entry e) -> Fs.size(e.path(), e.attrs())).reversed().thenComparing(byName);
        }
        c = options.has("r") ? c.reversed() : c;
        if (dirsFirst) {
            Comparator<Ls.Entry> kind = Comparator.comparing((Ls.Entry e) -> !e.attrs().isDirectory());
            c = kind.thenComparing(c);
        }
        return c;
    }

    void print(List<Ls.Entry> entries, boolean total) throws IOException {
        print(entries, List.of(), total);
    }

    /** Prints the entries; {@code alsoMeasured} only widen the columns (GNU sizes them over every operand). */
    void print(List<Ls.Entry> entries, List<Ls.Entry> alsoMeasured, boolean total) throws IOException {
        boolean longFormat = options.has("l") || options.has("g") || options.has("o");
        boolean sizes = options.has("s");
        List<String[]> rows = new ArrayList<>();
        int[] widths = new int[5];
        long blocks = 0;
        for (Ls.Entry e : entries) {
            context.checkCancelled();
            blocks += Human.blocksK(e.attrs());
            rows.add(measure(e, widths));
        }
        for (Ls.Entry e : alsoMeasured) {
            measure(e, widths);
        }
        StringBuilder out = new StringBuilder();
        if (total && (longFormat || sizes)) {
            out.append("total ").append(options.has("h") ? Human.size(blocks * 1024) : Long.toString(blocks))
                    .append('\n');
        }
        for (int i = 0; i < entries.size(); i++) {
            Ls.Entry e = entries.get(i);
            String[] row = rows.get(i);
            if (sizes) {
                out.append(pad(row[4], widths[4], true)).append(' ');
            }
            if (longFormat) {
                out.append(Fs.modeString(e.attrs())).append(' ').append(pad(row[0], widths[0], true)).append(' ');
                if (!options.has("g")) {
                    out.append(pad(row[1], widths[1], false)).append(' ');
                }
                if (!options.has("o")) {
                    out.append(pad(row[2], widths[2], false)).append(' ');
                }
                out.append(pad(row[3], widths[3], true)).append(' ')
                        .append(date(e.attrs().lastModifiedTime().toInstant())).append(' ');
            }
            out.append(e.name());
            if (longFormat && e.attrs().isSymbolicLink()) {
                out.append(" -> ").append(Files.readSymbolicLink(e.path()));
            } else {
                out.append(classify(e.attrs()));
            }
            out.append('\n');
        }
        BaseCommand.write(context.stdout(), out.toString());
    }

    /** The columns of one entry (links, owner, group, size, blocks), widening {@code widths} to fit. */
    private String[] measure(Ls.Entry e, int[] widths) {
        BasicFileAttributes a = e.attrs();
        long size = Fs.size(e.path(), a);
        long blocks = Human.blocksK(a);
        String[] row = {Long.toString(links(e.path(), a)), OWNER, OWNER,
                options.has("h") ? Human.size(size) : Long.toString(size),
                options.has("h") ? Human.size(blocks * 1024) : Long.toString(blocks)};
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
        }
        return row;
    }

    private String classify(BasicFileAttributes a) {
        if (options.has("F")) {
            return a.isDirectory() ? "/" : a.isSymbolicLink() ? "@" : "";
        }
        return options.has("p") && a.isDirectory() ? "/" : "";
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

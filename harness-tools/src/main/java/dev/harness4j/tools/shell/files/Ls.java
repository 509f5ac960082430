package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ls [-alAR1hdtrSF] [--color=never] [FILE...]}: one name per line (output is never a terminal). Owner and
 * group print as {@code user}; modes are 644 for files, 755 for directories; {@code total} counts ext4-style blocks.
 */
final class Ls extends BaseCommand {
    Ls() {
        super("ls");
    }

    /** One entry to print: its display name and attributes (null attributes never reach the printer). */
    record Entry(String name, Path path, BasicFileAttributes attrs) {
    }

    @Override
    int usageStatus() {
        return 2;
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "alAR1hdtrSFULpsgo", true, "dereference=L", "size=s", "group-directories-first", "all=a", "almost-all=A", "recursive=R",
                "human-readable=h", "directory=d", "reverse=r", "classify=F", "color::", "full-time");
        LsFormat format = new LsFormat(context, o);
        List<String> operands = o.operands().isEmpty() ? List.of(".") : o.operands();
        int status = 0;
        List<Entry> files = new ArrayList<>();
        List<Entry> dirs = new ArrayList<>();
        boolean longFormat = o.has("l") || o.has("g") || o.has("o");
        boolean followOperand = o.has("L") || (!longFormat && !o.has("F") && !o.has("d"));
        for (String operand : operands) {
            Path path;
            BasicFileAttributes a;
            try {
                path = Fs.noFollow(context, operand, Intent.READ);
                a = Fs.attrs(path, false);
                if (a != null && a.isSymbolicLink()) {
                    Path target = Fs.follow(context, operand, Intent.READ);
                    BasicFileAttributes t = Fs.attrs(target, true);
                    if (t != null && (followOperand || (t.isDirectory() && !longFormat && !o.has("d")))) {
                        path = target;
                        a = t;
                    }
                }
            } catch (Fs.PathError e) {
                error(context, "cannot access " + quote(operand) + ": " + e.getMessage());
                status = 2;
                continue;
            }
            if (a == null) {
                error(context, "cannot access " + quote(operand) + ": No such file or directory");
                status = 2;
                continue;
            }
            (a.isDirectory() && !o.has("d") ? dirs : files).add(new Entry(operand, path, a));
        }
        Comparator<Entry> order = format.order();
        files.sort(order);
        dirs.sort(order);
        boolean headers = operands.size() > 1 || o.has("R");
        if (!files.isEmpty()) {
            format.print(files, dirs, false);
        }
        boolean first = files.isEmpty();
        for (Entry dir : dirs) {
            status = Math.max(status, listDirectory(context, format, o, dir.name(), dir.path(), headers, first,
                    new java.util.HashSet<>()));
            first = false;
        }
        return status;
    }

    /** Lists one directory; {@code listing} holds the directories above it (only -RL can meet one again). */
    private int listDirectory(CommandContext context, LsFormat format, Options o, String display, Path dir,
                              boolean header, boolean first, java.util.Set<Path> listing) throws IOException {
        context.checkCancelled();
        if (!first) {
            write(context.stdout(), "\n");
        }
        if (header) {
            write(context.stdout(), display + ":\n");
        }
        List<Entry> entries = new ArrayList<>();
        try {
            if (o.has("a")) {
                entries.add(new Entry(".", dir, Fs.attrs(dir, true)));
                Path parent = dir.getParent() == null ? dir : dir.getParent();
                entries.add(new Entry("..", parent, Fs.attrs(parent, true)));
            }
            for (String name : Fs.list(dir)) {
                if (name.startsWith(".") && !o.has("a") && !o.has("A")) {
                    continue;
                }
                Path p = dir.resolve(name);
                BasicFileAttributes a = Fs.attrs(p, false);
                if (a != null && a.isSymbolicLink() && o.has("L")) {
                    Path target = Fs.followLink(context, p);
                    if (target != null) {
                        p = target;
                        a = Fs.attrs(target, true);
                    }
                }
                if (a != null) {
                    entries.add(new Entry(name, p, a));
                }
            }
        } catch (IOException e) {
            error(context, "cannot open directory " + quote(display) + ": " + Fs.errno(e));
            return 2;
        }
        entries.sort(format.order());
        format.print(entries, true);
        int status = 0;
        if (o.has("R")) {
            listing.add(dir);
            for (Entry e : entries) {
                if (e.attrs().isDirectory() && !e.name().equals(".") && !e.name().equals("..")) {
                    if (listing.contains(e.path())) {
                        error(context, "not listing already-listed directory: " + quote(Fs.join(display, e.name())));
                        status = 2;
                        continue;
                    }
                    status = Math.max(status, listDirectory(context, format, o, Fs.join(display, e.name()),
                            e.path(), true, false, listing));
                }
            }
            listing.remove(dir);
        }
        return status;
    }
}

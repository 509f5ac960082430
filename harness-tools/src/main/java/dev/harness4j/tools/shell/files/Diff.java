package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code diff [-u|-U N] [-q] [-r] [-N] [-i] [-w] [-b] [-a] FILE1 FILE2}: normal or unified output, directories
 * compared entry by entry; 0 same, 1 different, 2 trouble.
 */
final class Diff extends BaseCommand {
    Diff() {
        super("diff");
    }

    @Override
    String hintPrefix() {
        return "diff: ";
    }

    @Override
    int usageStatus() {
        return 2;
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "uU:cC:qrNiwbaBs", true, "unified::", "context::", "brief=q", "recursive=r",
                "new-file=N", "ignore-case=i", "ignore-all-space=w", "ignore-space-change=b", "text=a",
                "report-identical-files=s", "ignore-blank-lines=B", "color::", "no-dereference");
        if (o.has("context")) {
            String n = o.value("context");
            o.occurrences().add(new Options.Occurrence(n == null ? "c" : "C", n));
        }
        if (o.has("unified")) {
            String n = o.value("unified");
            o.occurrences().add(new Options.Occurrence(n == null ? "u" : "U", n));
        }
        if (o.operands().size() < 2) {
            throw new UsageException(o.operands().isEmpty() ? "missing operand after 'diff'"
                    : "missing operand after " + quote(o.operands().get(0)));
        }
        if (o.operands().size() > 2) {
            throw new UsageException("extra operand " + quote(o.operands().get(2)));
        }
        for (String key : new String[] {"U", "C"}) {
            if (o.has(key) && !o.value(key).matches("\\d+")) {
                throw new UsageException("invalid context length " + quote(o.value(key)));
            }
        }
        String left = o.operands().get(0);
        String right = o.operands().get(1);
        DiffFiles files = new DiffFiles(context, o);
        try {
            Path a = path(context, left);
            Path b = path(context, right);
            boolean aDir = a != null && !special(left) && Files.isDirectory(a);
            boolean bDir = b != null && !special(right) && Files.isDirectory(b);
            if (a == null || b == null) {
                String missing = a == null ? left : right;
                error(context, missing + ": No such file or directory");
                return 2;
            }
            if (aDir && bDir) {
                return directories(context, o, files, left, a, right, b);
            }
            if (aDir) {
                left = Fs.join(left, PathNames.base(right));
                a = path(context, left);
            } else if (bDir) {
                right = Fs.join(right, PathNames.base(left));
                b = path(context, right);
            }
            if (a == null || b == null) {
                error(context, (a == null ? left : right) + ": No such file or directory");
                return 2;
            }
            int s = files.compare(side(context, left, a), side(context, right, b), null);
            if (s == 0 && o.has("s")) {
                write(context.stdout(), "Files " + left + " and " + right + " are identical\n");
            }
            return s;
        } catch (Fs.PathError e) {
            error(context, e.getMessage());
            return 2;
        }
    }

    /** Stdin or /dev/null, which have no backing file. */
    private static boolean special(String operand) {
        return operand.equals("-") || operand.equals(Inputs.DEV_NULL);
    }

    private static Path path(CommandContext context, String operand) throws Fs.PathError {
        if (special(operand)) {
            // a placeholder never touched: side() reads stdin or nothing for it
            return Fs.follow(context, ".", Intent.READ).resolve("-");
        }
        Path p = Fs.follow(context, operand, Intent.READ);
        return Files.exists(p) ? p : null;
    }

    private static DiffFiles.Side side(CommandContext context, String label, Path p) throws IOException,
            Fs.PathError {
        if (label.equals("-")) {
            return new DiffFiles.Side("-", context.stdin().readAllBytes(), context.clock().instant());
        }
        if (label.equals(Inputs.DEV_NULL)) {
            return new DiffFiles.Side(label, new byte[0], java.time.Instant.EPOCH);
        }
        return new DiffFiles.Side(DiffFiles.bytes(label), Files.readAllBytes(p),
                Files.getLastModifiedTime(p).toInstant());
    }

    private int directories(CommandContext context, Options o, DiffFiles files, String left, Path a, String right,
                            Path b) throws IOException, Fs.PathError {
        TreeSet<String> names = new TreeSet<>(Fs::compareBytes);
        names.addAll(Fs.list(a));
        names.addAll(Fs.list(b));
        int status = 0;
        for (String name : names) {
            context.checkCancelled();
            Path pa = a.resolve(name);
            Path pb = b.resolve(name);
            String la = Fs.join(left, name);
            String lb = Fs.join(right, name);
            BasicFileAttributes xa = Fs.attrs(pa, true);
            BasicFileAttributes xb = Fs.attrs(pb, true);
            if (xa == null || xb == null) {
                if (o.has("N") && (xa == null ? !xb.isDirectory() : !xa.isDirectory())) {
                    DiffFiles.Side empty = new DiffFiles.Side(DiffFiles.bytes(xa == null ? la : lb), new byte[0],
                            java.time.Instant.EPOCH);
                    DiffFiles.Side sa = xa == null ? empty : side(context, la, pa);
                    DiffFiles.Side sb = xb == null ? empty : side(context, lb, pb);
                    status = Math.max(status, files.compare(sa, sb, header(o, la, lb)));
                    continue;
                }
                write(context.stdout(), "Only in " + (xa == null ? right : left) + ": " + name + "\n");
                status = Math.max(status, 1);
            } else if (xa.isDirectory() && xb.isDirectory()) {
                if (o.has("r")) {
                    status = Math.max(status, directories(context, o, files, la, pa, lb, pb));
                } else {
                    write(context.stdout(), "Common subdirectories: " + la + " and " + lb + "\n");
                }
            } else if (xa.isDirectory() != xb.isDirectory()) {
                write(context.stdout(), "File " + la + " is a " + kind(xa) + " while file " + lb + " is a "
                        + kind(xb) + "\n");
                status = Math.max(status, 1);
            } else {
                status = Math.max(status, files.compare(side(context, la, pa), side(context, lb, pb),
                        header(o, la, lb)));
            }
        }
        return status;
    }

    private static String kind(BasicFileAttributes a) {
        return a.isDirectory() ? "directory" : a.size() == 0 ? "regular empty file" : "regular file";
    }

    private static String header(Options o, String la, String lb) {
        StringBuilder flags = new StringBuilder();
        for (String word : o.optionWords()) {
            flags.append(' ').append(word);
        }
        return o.has("q") ? null : DiffFiles.bytes("diff" + flags + " " + la + " " + lb);
    }
}

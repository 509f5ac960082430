package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * {@code du [-sahcbkm] [-d N|--max-depth=N] [--apparent-size] [FILE...]}: counts ext4-style blocks (files round
 * up to 4 KiB, each directory 4 KiB) so small trees match a real ext4 directory; entries in name order.
 */
final class Du extends BaseCommand {
    Du() {
        super("du");
    }

    /** Totals of a subtree: allocated 1 KiB blocks and apparent bytes. */
    private record Size(long blocksK, long bytes) {
        Size plus(Size o) {
            return new Size(blocksK + o.blocksK, bytes + o.bytes);
        }
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "sahcbkmd:xL", true, "summarize=s", "all=a", "human-readable=h",
                "total=c", "bytes=b", "max-depth=d", "apparent-size", "one-file-system=x", "dereference=L");
        int maxDepth = Integer.MAX_VALUE;
        if (o.has("d")) {
            try {
                maxDepth = Integer.parseInt(o.value("d"));
            } catch (NumberFormatException e) {
                throw new UsageException("invalid maximum depth " + quote(o.value("d")));
            }
        }
        if (o.has("s")) {
            if (o.has("d") && maxDepth != 0) {
                error(context, "warning: summarizing conflicts with --max-depth=" + maxDepth);
                throw new UsageException("", true);
            }
            maxDepth = 0;
        }
        List<String> operands = o.operands().isEmpty() ? List.of(".") : o.operands();
        Size total = new Size(0, 0);
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String operand : operands) {
            try {
                Path p = Fs.noFollow(context, operand, Intent.READ);
                BasicFileAttributes a = Fs.attrs(p, false);
                if (a == null) {
                    throw new Fs.PathError("No such file or directory");
                }
                total = total.plus(walk(context, o, out, operand, p, a, 0, maxDepth));
            } catch (Fs.PathError e) {
                write(context.stdout(), out.toString());
                out.setLength(0);
                error(context, "cannot access " + quote(operand) + ": " + e.getMessage());
                status = 1;
            }
        }
        if (o.has("c")) {
            line(out, o, total, "total");
        }
        write(context.stdout(), out.toString());
        return status;
    }

    private Size walk(CommandContext context, Options o, StringBuilder out, String display, Path path,
                      BasicFileAttributes a, int depth, int maxDepth) throws IOException {
        context.checkCancelled();
        Size size = new Size(Human.blocksK(a), Fs.size(path, a));
        if (a.isDirectory()) {
            for (String name : Fs.list(path)) {
                Path child = path.resolve(name);
                BasicFileAttributes c = Fs.attrs(child, false);
                if (c != null) {
                    size = size.plus(walk(context, o, out, Fs.join(display, name), child, c, depth + 1, maxDepth));
                }
            }
        }
        if (depth <= maxDepth && (depth == 0 || a.isDirectory() || o.has("a"))) {
            line(out, o, size, display);
        }
        return size;
    }

    private static void line(StringBuilder out, Options o, Size size, String display) {
        boolean apparent = o.has("b") || o.has("apparent-size");
        long bytes = apparent ? size.bytes() : size.blocksK() * 1024;
        String shown;
        if (o.has("h")) {
            shown = Human.size(bytes);
        } else if (o.has("b") && !"k".equals(o.last("b", "k", "m"))) {
            shown = Long.toString(bytes);
        } else if ("m".equals(o.last("b", "k", "m"))) {
            shown = Long.toString((bytes + (1 << 20) - 1) >> 20);
        } else {
            shown = Long.toString((bytes + 1023) / 1024);
        }
        out.append(shown).append('\t').append(display).append('\n');
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code rm [-rRfdvi] FILE...}: removes links themselves, never what they point to; {@code -i} is ignored. */
final class Rm extends BaseCommand {
    Rm() {
        super("rm");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "rRfdviI", true, "recursive=r", "force=f", "dir=d", "verbose=v",
                "interactive::", "no-preserve-root", "preserve-root");
        boolean force = "f".equals(o.last("f", "i", "I")) || (o.has("f") && !o.has("i"));
        if (o.operands().isEmpty()) {
            if (force) {
                return 0;
            }
            throw new UsageException("missing operand");
        }
        boolean recursive = o.has("r") || o.has("R");
        int status = 0;
        for (String operand : o.operands()) {
            context.checkCancelled();
            String leaf = operand.replaceAll("/+$", "");
            leaf = leaf.substring(leaf.lastIndexOf('/') + 1);
            if (leaf.equals(".") || leaf.equals("..")) {
                error(context, "refusing to remove '.' or '..' directory: skipping " + quote(operand));
                status = 1;
                continue;
            }
            Path path;
            try {
                path = Fs.noFollow(context, operand, Intent.WRITE);
            } catch (Fs.PathError e) {
                if (!(force && e.getMessage().startsWith("No such"))) {
                    error(context, "cannot remove " + quote(operand) + ": " + e.getMessage());
                    status = 1;
                }
                continue;
            }
            if (operand.equals("/") || path.getParent() == null) {
                error(context, "it is dangerous to operate recursively on '/'");
                status = 1;
                continue;
            }
            boolean mountRoot = Fs.isMountRoot(context, path);
            if (!Files.exists(path, Fs.NOFOLLOW)) {
                if (!force) {
                    error(context, "cannot remove " + quote(operand) + ": No such file or directory");
                    status = 1;
                }
                continue;
            }
            if (Files.isDirectory(path, Fs.NOFOLLOW) && !recursive) {
                if (!o.has("d")) {
                    error(context, "cannot remove " + quote(operand) + ": Is a directory");
                    status = 1;
                    continue;
                }
                try {
                    if (mountRoot) {
                        throw new java.nio.file.FileSystemException(operand, null, "Device or resource busy");
                    }
                    Files.delete(path);
                    if (o.has("v")) {
                        write(context.stdout(), "removed directory " + quote(operand) + "\n");
                    }
                } catch (IOException e) {
                    error(context, "cannot remove " + quote(operand) + ": " + Fs.errno(e));
                    status = 1;
                }
                continue;
            }
            status = Math.max(status, remove(context, o, operand, path, mountRoot));
        }
        return status;
    }

    private int remove(CommandContext context, Options o, String display, Path path, boolean mountRoot)
            throws IOException {
        int[] status = {0};
        String base = display;
        Path root = path;
        Tree.delete(context, path, p -> {
            String shown = p.equals(root) ? base : Fs.join(base, root.relativize(p).toString());
            boolean dir = Files.isDirectory(p, Fs.NOFOLLOW);
            try {
                if (mountRoot && p.equals(root)) {
                    throw new java.nio.file.FileSystemException(base, null, "Device or resource busy");
                }
                Files.delete(p);
                if (o.has("v")) {
                    write(context.stdout(), (dir ? "removed directory " : "removed ") + quote(shown) + "\n");
                }
            } catch (IOException e) {
                if (!(e instanceof java.nio.file.DirectoryNotEmptyException && status[0] != 0)) {
                    error(context, "cannot remove " + quote(shown) + ": " + Fs.errno(e));
                }
                status[0] = 1;
            }
        });
        return status[0];
    }
}

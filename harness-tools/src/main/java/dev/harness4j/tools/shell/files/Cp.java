package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cp [-rRpafnvT] [-t DIR] SOURCE... DEST}: follows a link given as a source unless recursive; links inside
 * a copied tree are copied as links; {@code -p}/{@code -a} keep modification times.
 */
final class Cp extends BaseCommand {
    Cp() {
        super("cp");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "rRpafnvTt:dPLiu", true, "recursive=r", "archive=a", "force=f",
                "no-clobber=n", "verbose=v", "no-target-directory=T", "target-directory=t", "preserve::",
                "no-dereference=P", "dereference=L", "interactive=i", "update");
        List<Targets.Move> moves;
        try {
            moves = Targets.plan(context, o, o.operands());
        } catch (Fs.PathError e) {
            error(context, "cannot create regular file " + quote(o.operands().get(o.operands().size() - 1)) + ": "
                    + e.getMessage());
            return 1;
        }
        boolean recursive = o.has("r") || o.has("R") || o.has("a");
        boolean preserve = o.has("p") || o.has("a") || o.has("preserve");
        boolean noClobber = "n".equals(o.last("f", "n", "i"));
        int status = 0;
        for (Targets.Move m : moves) {
            context.checkCancelled();
            try {
                Path from = recursive && !o.has("L") ? Fs.noFollow(context, m.source(), Intent.READ)
                        : Fs.follow(context, m.source(), Intent.READ);
                status = Math.max(status, copy(context, o, m, from, recursive, preserve, noClobber));
            } catch (Fs.PathError e) {
                error(context, "cannot stat " + quote(m.source()) + ": " + e.getMessage());
                status = 1;
            } catch (IOException e) {
                error(context, "cannot create " + quote(m.dest()) + ": " + Fs.errno(e));
                status = 1;
            }
        }
        return status;
    }

    private int copy(CommandContext context, Options o, Targets.Move m, Path from, boolean recursive,
                     boolean preserve, boolean noClobber) throws IOException {
        Path to = m.destPath();
        if (!Files.exists(from, Fs.NOFOLLOW)) {
            error(context, "cannot stat " + quote(m.source()) + ": No such file or directory");
            return 1;
        }
        boolean fromDir = Files.isDirectory(from, Fs.NOFOLLOW);
        if (fromDir && !recursive) {
            error(context, "-r not specified; omitting directory " + quote(m.source()));
            return 1;
        }
        boolean exists = Files.exists(to, Fs.NOFOLLOW);
        if (exists && Files.isSameFile(from, to)) {
            error(context, quote(m.source()) + " and " + quote(m.dest()) + " are the same file");
            return 1;
        }
        if (exists && !fromDir && (noClobber || (o.has("u") && !Tree.newer(from, to)))) {
            return 0;
        }
        if (fromDir) {
            if (Tree.within(to, from)) {
                error(context, "cannot copy a directory, " + quote(m.source()) + ", into itself, "
                        + quote(m.dest()));
                return 1;
            }
            if (exists && !Files.isDirectory(to, Fs.NOFOLLOW)) {
                error(context, "cannot overwrite non-directory " + quote(m.dest()) + " with directory "
                        + quote(m.source()));
                return 1;
            }
        } else if (exists && Files.isDirectory(to, Fs.NOFOLLOW)) {
            error(context, "cannot overwrite directory " + quote(m.dest()) + " with non-directory");
            return 1;
        }
        if (fromDir) {
            Tree.copy(context, from, to, preserve, !noClobber, (f, t) -> {
                if (o.has("v")) {
                    String rel = from.relativize(f).toString();
                    write(context.stdout(), quote(rel.isEmpty() ? m.source() : Fs.join(m.source(), rel)) + " -> "
                            + quote(rel.isEmpty() ? m.dest() : Fs.join(m.dest(), rel)) + "\n");
                }
            });
            return 0;
        }
        if (o.has("v")) {
            write(context.stdout(), quote(m.source()) + " -> " + quote(m.dest()) + "\n");
        }
        if (Files.isSymbolicLink(from)) {
            Tree.copy(context, from, to, preserve, true);
        } else {
            Tree.copyFile(from, to);
            if (preserve) {
                Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
            }
        }
        return 0;
    }
}

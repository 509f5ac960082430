package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** {@code mv [-fnivT] [-t DIR] SOURCE... DEST}: renames; moves a link itself; copies then deletes across mounts. */
final class Mv extends BaseCommand {
    Mv() {
        super("mv");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "fnivTt:u", true, "force=f", "no-clobber=n", "interactive=i",
                "verbose=v", "no-target-directory=T", "target-directory=t", "update");
        List<Targets.Move> moves;
        try {
            moves = Targets.plan(context, o, o.operands());
        } catch (Fs.PathError e) {
            error(context, "cannot move to " + quote(o.operands().get(o.operands().size() - 1)) + ": "
                    + e.getMessage());
            return 1;
        }
        boolean noClobber = "n".equals(o.last("f", "n", "i"));
        int status = 0;
        for (Targets.Move m : moves) {
            context.checkCancelled();
            try {
                status = Math.max(status, move(context, o, m, noClobber));
            } catch (Fs.PathError e) {
                error(context, "cannot stat " + quote(m.source()) + ": " + e.getMessage());
                status = 1;
            } catch (IOException e) {
                error(context, "cannot move " + quote(m.source()) + " to " + quote(m.dest()) + ": " + Fs.errno(e));
                status = 1;
            }
        }
        return status;
    }

    private int move(CommandContext context, Options o, Targets.Move m, boolean noClobber)
            throws IOException, Fs.PathError {
        Path from = Fs.noFollow(context, m.source(), Intent.WRITE);
        Path to = m.destPath();
        if (!Files.exists(from, Fs.NOFOLLOW)) {
            error(context, "cannot stat " + quote(m.source()) + ": No such file or directory");
            return 1;
        }
        boolean fromDir = Files.isDirectory(from, Fs.NOFOLLOW);
        if (Fs.isMountRoot(context, from)) {
            error(context, "cannot move " + quote(m.source()) + " to " + quote(m.dest()) + ": Device or resource busy");
            return 1;
        }
        if (Files.exists(to, Fs.NOFOLLOW)) {
            if (Files.isSameFile(from, to)) {
                error(context, quote(m.source()) + " and " + quote(m.dest()) + " are the same file");
                return 1;
            }
            if (noClobber || (o.has("u") && !Tree.newer(from, to))) {
                return 0;
            }
            boolean toDir = Files.isDirectory(to, Fs.NOFOLLOW);
            if (toDir && !fromDir) {
                error(context, "cannot overwrite directory " + quote(m.dest()) + " with non-directory");
                return 1;
            }
            if (!toDir && fromDir) {
                error(context, "cannot overwrite non-directory " + quote(m.dest()) + " with directory "
                        + quote(m.source()));
                return 1;
            }
        }
        if (fromDir && Tree.within(to, from)) {
            error(context, "cannot move " + quote(m.source()) + " to a subdirectory of itself, " + quote(m.dest()));
            return 1;
        }
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            error(context, "cannot move " + quote(m.source()) + " to " + quote(m.dest()) + ": Directory not empty");
            return 1;
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Tree.copy(context, from, to, true, true);
            Tree.delete(context, from, Files::delete);
        }
        if (o.has("v")) {
            write(context.stdout(), "renamed " + quote(m.source()) + " -> " + quote(m.dest()) + "\n");
        }
        return 0;
    }
}

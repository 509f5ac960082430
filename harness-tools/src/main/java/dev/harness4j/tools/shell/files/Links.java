package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ln -s}, {@code readlink} and {@code realpath}: links and canonical names inside the workspace. */
final class Links {
    private Links() {
    }

    /** The canonical logical path of an operand (every link followed), or null when the operand is refused. */
    static String canonical(CommandContext context, String operand) throws Fs.PathError {
        return context.logical(Fs.follow(context, operand, Intent.READ));
    }

    /** {@code realpath [-e|-m] [-q] [-z] FILE...}: by default only the last component may be missing. */
    static final class Realpath extends BaseCommand {
        Realpath() {
            super("realpath");
        }

        @Override
        int execute(CommandContext context, List<String> args) throws IOException, UsageException {
            Options o = Options.parse(args, "emqzsLP", true, "canonicalize-existing=e", "canonicalize-missing=m",
                    "quiet=q", "zero=z", "strip=s", "no-symlinks=s", "logical=L", "physical=P");
            if (o.operands().isEmpty()) {
                throw new UsageException("missing operand");
            }
            return resolveAll(this, context, o, o.operands(), o.has("e") ? 'e' : o.has("m") ? 'm' : 'f');
        }
    }

    static int resolveAll(BaseCommand command, CommandContext context, Options o, List<String> operands, char mode)
            throws IOException {
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String operand : operands) {
            try {
                Path real = Fs.follow(context, operand, Intent.READ);
                boolean ok = switch (mode) {
                    case 'e' -> Files.exists(real);
                    case 'm' -> true;
                    default -> real.getParent() == null || Files.isDirectory(real.getParent());
                };
                if (!ok) {
                    throw new Fs.PathError("No such file or directory");
                }
                out.append(context.logical(real)).append(o.has("z") ? '\0' : '\n');
            } catch (Fs.PathError e) {
                BaseCommand.write(context.stdout(), out.toString());
                out.setLength(0);
                if (!o.has("q")) {
                    command.error(context, BaseCommand.quoteIfNeeded(operand) + ": " + e.getMessage());
                }
                status = 1;
            }
        }
        BaseCommand.write(context.stdout(), out.toString());
        return status;
    }

    /** {@code readlink [-f|-e|-m] [-n] [-z] FILE...}: the link's text, or with -f the canonical path. */
    static final class Readlink extends BaseCommand {
        Readlink() {
            super("readlink");
        }

        @Override
        int execute(CommandContext context, List<String> args) throws IOException, UsageException {
            Options o = Options.parse(args, "femnqsvz", true, "canonicalize=f", "canonicalize-existing=e",
                    "canonicalize-missing=m", "no-newline=n", "quiet=q", "silent=s", "verbose=v", "zero=z");
            if (o.operands().isEmpty()) {
                throw new UsageException("missing operand");
            }
            if (o.has("f") || o.has("e") || o.has("m")) {
                return resolveAll(this, context, o, o.operands(), o.has("e") ? 'e' : o.has("m") ? 'm' : 'f');
            }
            int status = 0;
            for (String operand : o.operands()) {
                try {
                    Path p = Fs.noFollow(context, operand, Intent.READ);
                    String text = Files.readSymbolicLink(p).toString();
                    boolean last = operand.equals(o.operands().get(o.operands().size() - 1));
                    write(context.stdout(), text + (o.has("n") && last ? "" : o.has("z") ? "\0" : "\n"));
                } catch (Fs.PathError | IOException | UnsupportedOperationException e) {
                    status = 1;
                }
            }
            return status;
        }
    }

    /** {@code ln -s [-f] [-n] [-v] TARGET... LINK_NAME|DIR}; hard links are refused (the workspace has none). */
    static final class Ln extends BaseCommand {
        Ln() {
            super("ln");
        }

        @Override
        int execute(CommandContext context, List<String> args) throws IOException, UsageException {
            Options o = Options.parse(args, "sfnvTt:r", true, "symbolic=s", "force=f", "no-dereference=n",
                    "verbose=v", "no-target-directory=T", "target-directory=t", "relative=r");
            List<String> operands = o.operands();
            if (operands.size() == 1 && !o.has("t")) {
                operands = List.of(operands.get(0), PathNames.base(operands.get(0)));
            }
            List<Targets.Move> links;
            try {
                links = Targets.plan(context, o, operands);
            } catch (Fs.PathError e) {
                error(context, "failed to access " + quote(operands.get(operands.size() - 1)) + ": "
                        + e.getMessage());
                return 1;
            }
            int status = 0;
            for (Targets.Move m : links) {
                String what = o.has("s") ? "symbolic link" : "hard link";
                if (!o.has("s")) {
                    error(context, "failed to create hard link " + quote(m.dest()) + " => " + quote(m.source())
                            + ": Operation not permitted");
                    status = 1;
                    continue;
                }
                try {
                    Path link = m.destPath();
                    if (Files.exists(link, Fs.NOFOLLOW)) {
                        if (!o.has("f") || Files.isDirectory(link, Fs.NOFOLLOW)) {
                            error(context, "failed to create " + what + " " + quote(m.dest()) + ": File exists");
                            status = 1;
                            continue;
                        }
                        Files.delete(link);
                    }
                    Files.createSymbolicLink(link, link.getFileSystem().getPath(m.source()));
                    if (o.has("v")) {
                        write(context.stdout(), quote(m.dest()) + " -> " + quote(m.source()) + "\n");
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    String reason = e instanceof IOException io ? Fs.errno(io) : "Operation not supported";
                    error(context, "failed to create " + what + " " + quote(m.dest()) + ": " + reason);
                    status = 1;
                }
            }
            return status;
        }
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code rmdir [-pv] [--ignore-fail-on-non-empty] DIR...}. */
final class Rmdir extends BaseCommand {
    private static final int IGNORED = 2;

    Rmdir() {
        super("rmdir");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "pv", true, "parents=p", "verbose=v", "ignore-fail-on-non-empty");
        if (o.operands().isEmpty()) {
            throw new UsageException("missing operand");
        }
        int status = 0;
        for (String operand : o.operands()) {
            List<String> chain = new ArrayList<>(o.has("p") ? Mkdir.prefixes(operand) : List.of(operand));
            Collections.reverse(chain);
            for (String dir : chain) {
                int result = remove(context, o, dir);
                if (result != 0) {
                    status = Math.max(status, result == IGNORED ? 0 : 1);
                    break;
                }
            }
        }
        return status;
    }

    private int remove(CommandContext context, Options o, String dir) throws IOException {
        try {
            Path p = Fs.noFollow(context, dir, Intent.WRITE);
            if (!Files.isDirectory(p, Fs.NOFOLLOW)) {
                error(context, "failed to remove " + quote(dir) + ": "
                        + (Files.exists(p, Fs.NOFOLLOW) ? "Not a directory" : "No such file or directory"));
                return 1;
            }
            if (o.has("v")) {
                write(context.stdout(), "rmdir: removing directory, " + quote(dir) + "\n");
            }
            if (Fs.isMountRoot(context, p)) {
                error(context, "failed to remove " + quote(dir) + ": Device or resource busy");
                return 1;
            }
            Files.delete(p);
            return 0;
        } catch (DirectoryNotEmptyException e) {
            if (o.has("ignore-fail-on-non-empty")) {
                return IGNORED;
            }
            error(context, "failed to remove " + quote(dir) + ": Directory not empty");
            return 1;
        } catch (Fs.PathError e) {
            error(context, "failed to remove " + quote(dir) + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            error(context, "failed to remove " + quote(dir) + ": " + Fs.errno(e));
            return 1;
        }
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code mkdir [-pv] [-m MODE] DIR...}; the mode is accepted and ignored (the workspace has no permissions). */
final class Mkdir extends BaseCommand {
    Mkdir() {
        super("mkdir");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "pvm:", true, "parents=p", "verbose=v", "mode=m");
        if (o.operands().isEmpty()) {
            throw new UsageException("missing operand");
        }
        int status = 0;
        for (String operand : o.operands()) {
            context.checkCancelled();
            try {
                if (o.has("p")) {
                    Fs.PathError refused = null;
                    for (String prefix : prefixes(operand)) {
                        Path p;
                        try {
                            p = Fs.follow(context, prefix, Intent.WRITE);
                        } catch (Fs.PathError e) {
                            // a prefix above a mount (/mnt) is outside the jail; only what lies below counts
                            refused = e;
                            continue;
                        }
                        refused = null;
                        if (!Files.isDirectory(p)) {
                            Files.createDirectory(p);
                            verbose(context, o, prefix);
                        }
                    }
                    if (refused != null) {
                        throw refused;
                    }
                } else {
                    Files.createDirectory(Fs.follow(context, operand, Intent.WRITE));
                    verbose(context, o, operand);
                }
            } catch (Fs.PathError e) {
                error(context, "cannot create directory " + quote(operand) + ": " + e.getMessage());
                status = 1;
            } catch (IOException e) {
                error(context, "cannot create directory " + quote(operand) + ": " + Fs.errno(e));
                status = 1;
            }
        }
        return status;
    }

    private static void verbose(CommandContext context, Options o, String dir) throws IOException {
        if (o.has("v")) {
            write(context.stdout(), "mkdir: created directory " + quote(dir) + "\n");
        }
    }

    /** {@code a/b/c} → {@code a}, {@code a/b}, {@code a/b/c}. */
    static List<String> prefixes(String path) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= path.length(); i++) {
            if (i == path.length() || (path.charAt(i) == '/' && path.charAt(i - 1) != '/')) {
                String prefix = path.substring(0, i);
                if (!prefix.isEmpty() && !prefix.equals("/")) {
                    out.add(prefix);
                }
            }
        }
        return out;
    }
}

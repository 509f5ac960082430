package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code chmod [-Rcfv] MODE FILE...}: checks the mode and that every file exists, then changes nothing; the
 * workspace keeps no permission bits (listings always show 644/755).
 */
final class Chmod extends BaseCommand {
    private static final Pattern MODE = Pattern.compile(
            "[0-7]{1,4}|([ugoa]*([-+=]([rwxXst]*|[ugo]))+)(,[ugoa]*([-+=]([rwxXst]*|[ugo]))+)*");

    Chmod() {
        super("chmod");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        List<String> words = new java.util.ArrayList<>(args);
        String mode = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.matches("-[rwxXst]+") || (w.startsWith("-") && MODE.matcher(w).matches())) {
                mode = words.remove(i);
                break;
            }
        }
        Options o = Options.parse(words, "Rcfv", true, "recursive=R", "changes=c", "silent=f", "quiet=f",
                "verbose=v", "reference:");
        List<String> operands = o.operands();
        if (mode == null && !o.has("reference")) {
            if (operands.isEmpty()) {
                throw new UsageException("missing operand");
            }
            mode = operands.get(0);
            operands = operands.subList(1, operands.size());
        }
        if (mode != null && !MODE.matcher(mode).matches()) {
            throw new UsageException("invalid mode: " + quote(mode));
        }
        if (operands.isEmpty()) {
            throw new UsageException("missing operand after " + quote(mode == null ? "" : mode));
        }
        int status = 0;
        for (String operand : operands) {
            try {
                Path p = Fs.follow(context, operand, Intent.WRITE);
                if (!Files.exists(p)) {
                    throw new Fs.PathError("No such file or directory");
                }
            } catch (Fs.PathError e) {
                if (!o.has("f")) {
                    error(context, "cannot access " + quote(operand) + ": " + e.getMessage());
                }
                status = 1;
            }
        }
        return status;
    }
}

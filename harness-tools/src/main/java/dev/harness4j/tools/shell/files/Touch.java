package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/** {@code touch [-cam] [-d DATE] [-t STAMP] [-r REF] FILE...}: times come from the shell clock. */
final class Touch extends BaseCommand {
    Touch() {
        super("touch");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "camd:t:r:fh", true, "no-create=c", "date=d", "reference=r",
                "no-dereference=h", "time:");
        if (o.operands().isEmpty()) {
            throw new UsageException("missing file operand");
        }
        Instant when = context.clock().instant();
        if (o.has("d")) {
            when = DateParser.parse(o.value("d"), context.clock());
            if (when == null) {
                throw new UsageException("invalid date format " + quote(o.value("d")), false);
            }
        } else if (o.has("t")) {
            when = DateParser.stamp(o.value("t"), context.clock());
            if (when == null) {
                throw new UsageException("invalid date format " + quote(o.value("t")), false);
            }
        } else if (o.has("r")) {
            try {
                when = Files.getLastModifiedTime(Fs.follow(context, o.value("r"), Intent.READ)).toInstant();
            } catch (Fs.PathError | IOException e) {
                error(context, "failed to get attributes of " + quote(o.value("r")) + ": No such file or directory");
                return 1;
            }
        }
        int status = 0;
        for (String operand : o.operands()) {
            context.checkCancelled();
            if (operand.equals("-")) {
                continue;
            }
            try {
                Path p = Fs.follow(context, operand, Intent.WRITE);
                if (!Files.exists(p)) {
                    if (o.has("c")) {
                        continue;
                    }
                    Files.createFile(p);
                }
                Files.setLastModifiedTime(p, FileTime.from(when));
            } catch (Fs.PathError e) {
                error(context, (e.getMessage().equals("Not a directory") ? "setting times of " : "cannot touch ")
                        + quote(operand) + ": " + e.getMessage());
                status = 1;
            } catch (IOException e) {
                error(context, "cannot touch " + quote(operand) + ": " + Fs.errno(e));
                status = 1;
            }
        }
        return status;
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** {@code tee [-a] [-i] [-p] FILE...}: copies stdin to stdout and every file; a file that cannot open is skipped. */
final class Tee extends BaseCommand {
    Tee() {
        super("tee");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "aip", true, "append=a", "ignore-interrupts=i", "output-error::");
        int status = 0;
        List<OutputStream> outs = new ArrayList<>();
        try {
            for (String operand : o.operands()) {
                if (operand.equals("-")) {
                    outs.add(context.stdout());
                    continue;
                }
                if (operand.equals(Inputs.DEV_NULL)) {
                    continue;
                }
                try {
                    var p = Fs.follow(context, operand, Intent.WRITE);
                    outs.add(o.has("a")
                            ? Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                            : Files.newOutputStream(p));
                } catch (Fs.PathError e) {
                    error(context, quoteIfNeeded(operand) + ": " + e.getMessage());
                    status = 1;
                } catch (IOException e) {
                    error(context, quoteIfNeeded(operand) + ": " + Fs.errno(e));
                    status = 1;
                }
            }
            byte[] buf = new byte[8192];
            int n;
            while ((n = context.stdin().read(buf)) > 0) {
                context.checkCancelled();
                context.stdout().write(buf, 0, n);
                for (OutputStream out : outs) {
                    out.write(buf, 0, n);
                }
            }
            context.stdout().flush();
        } finally {
            for (OutputStream out : outs) {
                if (out != context.stdout()) {
                    out.close();
                }
            }
        }
        return status;
    }
}

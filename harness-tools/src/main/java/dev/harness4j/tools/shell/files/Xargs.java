package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code xargs [-0] [-d DELIM] [-n N] [-L N] [-I REPL] [-r] [-t] [COMMAND [ARG]...]}: builds argument lists from
 * stdin and runs them through the shell; 123 when a run failed, 124 on status 255, 127 when not found.
 */
final class Xargs extends BaseCommand {
    private static final int MAX_CHARS = 128 * 1024;

    Xargs() {
        super("xargs");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "0d:n:L:I:i::rtP:s:xE:a:", false, "null=0", "delimiter=d",
                "max-args=n", "max-lines=L", "replace=i", "no-run-if-empty=r", "verbose=t", "max-procs=P",
                "max-chars=s", "exit=x", "arg-file=a");
        List<String> command = o.operands().isEmpty() ? List.of("echo") : o.operands();
        String replace = o.has("I") ? o.value("I") : o.has("i") ? (o.value("i") == null ? "{}" : o.value("i")) : null;
        int maxArgs = positive(o, "n");
        int maxLines = replace != null ? 1 : positive(o, "L");
        byte[] input;
        try {
            input = o.has("a") ? Inputs.readAll(context, o.value("a")) : context.stdin().readAllBytes();
        } catch (Fs.PathError e) {
            error(context, "cannot open " + quote(o.value("a")) + ": " + e.getMessage());
            return 1;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        List<List<String>> lines;
        try {
            lines = XargsInput.split(text, o.has("0") ? Character.valueOf('\0')
                    : o.has("d") ? XargsInput.delimiter(o.value("d")) : null, replace != null, o.value("E"));
        } catch (XargsInput.QuoteException e) {
            error(context, e.getMessage());
            return 1;
        }
        List<List<String>> runs = new ArrayList<>();
        if (replace != null) {
            for (List<String> line : lines) {
                String arg = String.join(" ", line);
                List<String> argv = new ArrayList<>();
                for (String c : command) {
                    argv.add(c.replace(replace, arg));
                }
                runs.add(argv);
            }
        } else {
            List<String> current = new ArrayList<>(command);
            int lineCount = 0;
            int chars = 0;
            for (List<String> line : lines) {
                for (String item : line) {
                    boolean full = (maxArgs > 0 && current.size() - command.size() >= maxArgs)
                            || chars + item.length() + 1 > MAX_CHARS;
                    if (full && current.size() > command.size()) {
                        runs.add(current);
                        current = new ArrayList<>(command);
                        chars = 0;
                        lineCount = 0;
                    }
                    current.add(item);
                    chars += item.length() + 1;
                }
                lineCount++;
                if (maxLines > 0 && lineCount >= maxLines) {
                    runs.add(current);
                    current = new ArrayList<>(command);
                    chars = 0;
                    lineCount = 0;
                }
            }
            if (current.size() > command.size() || (runs.isEmpty() && !o.has("r"))) {
                runs.add(current);
            }
        }
        int status = 0;
        for (List<String> argv : runs) {
            context.checkCancelled();
            if (o.has("t")) {
                write(context.stderr(), String.join(" ", argv) + "\n");
            }
            context.stdout().flush();
            int s = context.execute(argv, new ByteArrayInputStream(new byte[0]), context.stdout(), context.stderr());
            if (s == 127 || s == 126) {
                return s;
            }
            if (s == 255) {
                error(context, argv.get(0) + ": exited with status 255; aborting");
                return 124;
            }
            if (s != 0) {
                status = 123;
            }
        }
        return status;
    }

    private static int positive(Options o, String key) throws UsageException {
        if (!o.has(key)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(o.value(key));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("value " + o.value(key) + " for -" + key + " option should be >= 1");
    }
}

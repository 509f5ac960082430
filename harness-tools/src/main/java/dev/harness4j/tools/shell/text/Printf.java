package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;

/**
 * bash's printf builtin: {@code %s %b %q %c %d %i %u %o %x %X %f %F %e %E %g %G %%} with flags, width and precision
 * (also {@code *}), escapes in the format, the format reused while arguments remain, {@code 'c} character codes, and
 * "invalid number" reported with status 1 while output continues. {@code -v VAR} is the interpreter's business.
 */
final class Printf implements Command {

    @Override
    public String name() {
        return "printf";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        int first = 0;
        if (!args.isEmpty() && args.get(0).equals("--")) {
            first = 1;
        }
        if (args.size() <= first) {
            TextIo.err(context, "printf", "usage: printf [-v var] format [arguments]");
            return 2;
        }
        if (args.get(first).startsWith("-v") && first == 0) {
            TextIo.err(context, "printf", "-v: not supported outside the shell");
            return 2;
        }
        PrintfRun run = new PrintfRun(context, args.get(first), args.subList(first + 1, args.size()));
        StringBuilder out = new StringBuilder();
        try {
            run.format(out);
        } finally {
            TextIo.out(context, out);
        }
        return run.status;
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code env [-i] [-u NAME] [-0] [NAME=VALUE]... [COMMAND [ARG]...]}: prints the environment, or runs a command.
 * A command runs with exactly the resulting environment; builtins and functions (which GNU env cannot run at all)
 * see it on top of the shell's variables.
 */
final class Env extends BaseCommand {
    Env() {
        super("env");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "iu:0", false, "ignore-environment=i", "unset=u", "null=0");
        Map<String, String> env = new LinkedHashMap<>(o.has("i") ? Map.of() : context.environment());
        boolean changed = o.has("i") || o.has("u");
        for (Options.Occurrence occ : o.occurrences()) {
            if (occ.key().equals("u")) {
                env.remove(occ.value());
            }
        }
        List<String> rest = new ArrayList<>(o.operands());
        if (!rest.isEmpty() && rest.get(0).equals("-")) {
            rest.remove(0);
            env.clear();
            changed = true;
        }
        while (!rest.isEmpty() && rest.get(0).indexOf('=') > 0) {
            String a = rest.remove(0);
            int eq = a.indexOf('=');
            env.put(a.substring(0, eq), a.substring(eq + 1));
            changed = true;
        }
        if (rest.isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, String> e : env.entrySet()) {
                out.append(e.getKey()).append('=').append(e.getValue()).append(o.has("0") ? '\0' : '\n');
            }
            write(context.stdout(), out.toString());
            return 0;
        }
        context.stdout().flush();
        int status = changed
                ? context.execute(rest, env, context.stdin(), context.stdout(), context.stderr())
                : context.execute(rest, context.stdin(), context.stdout(), context.stderr());
        if (status == 127) {
            error(context, quote(rest.get(0)) + ": No such file or directory");
        }
        return status;
    }
}

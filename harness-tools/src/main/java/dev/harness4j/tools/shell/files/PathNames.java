package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;

/** {@code basename} and {@code dirname}: pure string operations on paths, as POSIX defines them. */
final class PathNames {
    private PathNames() {
    }

    /** The last component: trailing slashes dropped, {@code /} for all-slash input. */
    static String base(String path) {
        if (path.isEmpty()) {
            return "";
        }
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/")) {
            return "/";
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Everything before the last component, {@code .} when there is none. */
    static String dir(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        p = p.substring(0, slash);
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "/" : p;
    }

    /** {@code basename NAME [SUFFIX]}, {@code basename -a [-s SUFFIX] [-z] NAME...}. */
    static final class Basename extends BaseCommand {
        Basename() {
            super("basename");
        }

        @Override
        int execute(CommandContext context, List<String> args) throws IOException, UsageException {
            Options o = Options.parse(args, "as:z", true, "multiple=a", "suffix=s", "zero=z");
            List<String> names = o.operands();
            if (names.isEmpty()) {
                throw new UsageException("missing operand");
            }
            String suffix = o.value("s");
            boolean multiple = o.has("a") || o.has("s");
            if (!multiple) {
                if (names.size() > 2) {
                    throw new UsageException("extra operand " + quote(names.get(2)));
                }
                suffix = names.size() == 2 ? names.get(1) : null;
                names = names.subList(0, 1);
            }
            StringBuilder out = new StringBuilder();
            for (String name : names) {
                String b = base(name);
                if (suffix != null && !suffix.isEmpty() && b.endsWith(suffix) && !b.equals(suffix)) {
                    b = b.substring(0, b.length() - suffix.length());
                }
                out.append(b).append(o.has("z") ? '\0' : '\n');
            }
            write(context.stdout(), out.toString());
            return 0;
        }
    }

    /** {@code dirname [-z] NAME...}. */
    static final class Dirname extends BaseCommand {
        Dirname() {
            super("dirname");
        }

        @Override
        int execute(CommandContext context, List<String> args) throws IOException, UsageException {
            Options o = Options.parse(args, "z", true, "zero=z");
            if (o.operands().isEmpty()) {
                throw new UsageException("missing operand");
            }
            StringBuilder out = new StringBuilder();
            for (String name : o.operands()) {
                out.append(dir(name)).append(o.has("z") ? '\0' : '\n');
            }
            write(context.stdout(), out.toString());
            return 0;
        }
    }
}

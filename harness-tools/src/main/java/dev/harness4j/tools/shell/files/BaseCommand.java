package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared plumbing of the file commands: the name, option parsing, GNU-style messages. */
abstract class BaseCommand implements Command {
    private final String name;

    BaseCommand(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int run(CommandContext context, List<String> args) throws IOException {
        try {
            return execute(context, args);
        } catch (UsageException e) {
            error(context, e.getMessage());
            if (e.hint()) {
                write(context.stderr(), hintPrefix() + "Try '" + name + " --help' for more information.\n");
            }
            return usageStatus();
        }
    }

    /** Runs the command once its arguments are known to be well-formed enough to start. */
    abstract int execute(CommandContext context, List<String> args) throws IOException, UsageException;

    /** What precedes the "Try --help" line: nothing for coreutils, {@code diff: } for diffutils. */
    String hintPrefix() {
        return "";
    }

    /** The status GNU returns for a usage error (1 for most tools, 2 for ls, diff, find…). */
    int usageStatus() {
        return 1;
    }

    /** Writes {@code name: message} and a newline to stderr. */
    final void error(CommandContext context, String message) throws IOException {
        write(context.stderr(), name + ": " + message + "\n");
        context.stderr().flush();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** GNU's {@code quote()}: always quoted, shell-escape style ({@code 'x'}, {@code "x'y"}). */
    static String quote(String s) {
        if (s.indexOf('\'') < 0) {
            return "'" + s + "'";
        }
        if (s.indexOf('"') < 0 && s.indexOf('$') < 0 && s.indexOf('`') < 0 && s.indexOf('\\') < 0) {
            return "\"" + s + "\"";
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** GNU's {@code quotef()}: quoted only when the text holds characters a shell would treat specially. */
    static String quoteIfNeeded(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || "-_./,+:@%^=".indexOf(c) >= 0 || c > 127;
            if (!plain) {
                return quote(s);
            }
        }
        return s;
    }

    /** A usage error: bad option or missing operand. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean hint;

        UsageException(String message) {
            this(message, true);
        }

        UsageException(String message, boolean hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        boolean hint() {
            return hint;
        }
    }
}

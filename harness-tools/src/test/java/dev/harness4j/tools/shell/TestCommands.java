package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** Small stand-ins for the utilities other packages provide, so the interpreter can be tested alone. */
final class TestCommands {
    private TestCommands() {
    }

    /** {@code cat [file…]}: copies files or stdin to stdout. */
    static final Command CAT = new Command() {
        @Override
        public String name() {
            return "cat";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) throws IOException {
            if (args.isEmpty()) {
                copy(ctx, ctx.stdin(), ctx.stdout());
                return 0;
            }
            int status = 0;
            for (String a : args) {
                try (InputStream in = Files.newInputStream(ctx.resolve(a, Intent.READ))) {
                    copy(ctx, in, ctx.stdout());
                } catch (ShellPathException e) {
                    ctx.stderr().write(("cat: " + a + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                    status = 1;
                } catch (java.nio.file.NoSuchFileException e) {
                    ctx.stderr().write(("cat: " + a + ": No such file or directory\n")
                            .getBytes(StandardCharsets.UTF_8));
                    status = 1;
                }
            }
            return status;
        }
    };

    /** {@code seq first last}: counts, checking cancellation as it goes. */
    static final Command SEQ = new Command() {
        @Override
        public String name() {
            return "seq";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) throws IOException {
            long first = args.size() > 1 ? Long.parseLong(args.get(0)) : 1;
            long last = Long.parseLong(args.get(args.size() - 1));
            for (long i = first; i <= last; i++) {
                if (i % 1024 == 0) {
                    ctx.checkCancelled();
                }
                ctx.stdout().write((i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return 0;
        }
    };

    /** {@code head -n N} (or {@code -N}): the first lines of stdin. */
    static final Command HEAD = new Command() {
        @Override
        public String name() {
            return "head";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) throws IOException {
            int n = 10;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("-n")) {
                    n = Integer.parseInt(args.get(++i));
                } else if (args.get(i).matches("-\\d+")) {
                    n = Integer.parseInt(args.get(i).substring(1));
                }
            }
            InputStream in = ctx.stdin();
            OutputStream out = ctx.stdout();
            int lines = 0;
            while (lines < n) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                out.write(c);
                if (c == '\n') {
                    lines++;
                }
            }
            return 0;
        }
    };

    /** {@code wc -l}: counts lines of stdin. */
    static final Command WC = new Command() {
        @Override
        public String name() {
            return "wc";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) throws IOException {
            long lines = 0;
            byte[] buf = new byte[8192];
            int n;
            while ((n = ctx.stdin().read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
            ctx.stdout().write((lines + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        }
    };

    /** {@code envdump}: prints the command's environment as NAME=value lines. */
    static final Command ENV = new Command() {
        @Override
        public String name() {
            return "envdump";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) throws IOException {
            StringBuilder sb = new StringBuilder();
            ctx.environment().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            ctx.stdout().write(sb.toString().getBytes(StandardCharsets.UTF_8));
            return 0;
        }
    };

    /** {@code run-each CMD ARGS…}: runs CMD through {@link CommandContext#execute}, as xargs would. */
    static final Command EXEC = new Command() {
        @Override
        public String name() {
            return "run-each";
        }

        @Override
        public int run(CommandContext ctx, List<String> args) {
            return ctx.execute(args, ctx.stdin(), ctx.stdout(), ctx.stderr());
        }
    };

    static List<Command> all() {
        return List.of(CAT, SEQ, HEAD, WC, ENV, EXEC);
    }

    private static void copy(CommandContext ctx, InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            ctx.checkCancelled();
            out.write(buf, 0, n);
        }
    }
}

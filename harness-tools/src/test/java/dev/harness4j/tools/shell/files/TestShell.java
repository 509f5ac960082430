package dev.harness4j.tools.shell.files;

import dev.harness4j.HarnessException;
import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellLimits;
import dev.harness4j.tools.shell.ShellPathException;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.PathOutsideWorkspaceException;
import dev.harness4j.workspace.ReadOnlyPathException;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stand-in for the interpreter: runs the file commands over an in-memory workspace, one command at a time. */
final class TestShell implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-04-08T12:00:00Z");

    final Workspace workspace;
    final Clock clock;
    final Map<String, Command> commands = new HashMap<>();
    final Map<String, String> env = new LinkedHashMap<>();
    String cwd = "/workspace";
    volatile boolean cancelled;

    TestShell() {
        this(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    TestShell(Clock clock) {
        this.clock = clock;
        this.workspace = Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true), clock);
        for (Command c : FileCommands.all()) {
            commands.put(c.name(), c);
        }
        commands.put("echo", new Command() {
            @Override
            public String name() {
                return "echo";
            }

            @Override
            public int run(CommandContext context, List<String> args) throws IOException {
                context.stdout().write((String.join(" ", args) + "\n").getBytes(StandardCharsets.UTF_8));
                return 0;
            }
        });
        env.put("HOME", "/workspace");
        env.put("PATH", "/usr/bin:/bin");
    }

    /** The outcome of one command. */
    record Result(int status, String out, String err) {
        byte[] outBytes() {
            return out.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    Result run(String stdin, String... argv) {
        return run(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8), argv);
    }

    Result run(byte[] stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = execute(List.of(argv), new ByteArrayInputStream(stdin), out, err);
        return new Result(status, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.UTF_8));
    }

    Result sh(String... argv) {
        return run((String) null, argv);
    }

    int execute(List<String> argv, InputStream in, OutputStream out, OutputStream err) {
        return execute(argv, null, in, out, err);
    }

    int execute(List<String> argv, Map<String, String> environment, InputStream in, OutputStream out,
                OutputStream err) {
        Command c = commands.get(argv.get(0));
        if (c == null) {
            try {
                err.write((argv.get(0) + ": command not found\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 127;
        }
        try {
            return c.run(new Context(in, out, err, environment), new ArrayList<>(argv.subList(1, argv.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context with empty stdin and discarded output, for calling helpers directly. */
    CommandContext context() {
        return new Context(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(), null);
    }

    Path real(String logical) {
        return workspace.resolve(logical.startsWith("/") ? logical : cwd + "/" + logical, Intent.READ).real();
    }

    void write(String path, String content) {
        try {
            Path p = real(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void mkdir(String path) {
        try {
            Files.createDirectories(real(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(real(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(real(path), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
        workspace.close();
    }

    private final class Context implements CommandContext {
        private final InputStream in;
        private final OutputStream out;
        private final OutputStream err;
        private final Map<String, String> environment;

        Context(InputStream in, OutputStream out, OutputStream err, Map<String, String> environment) {
            this.in = in;
            this.out = out;
            this.err = err;
            this.environment = environment;
        }

        @Override
        public InputStream stdin() {
            return in;
        }

        @Override
        public OutputStream stdout() {
            return out;
        }

        @Override
        public OutputStream stderr() {
            return err;
        }

        @Override
        public String cwd() {
            return cwd;
        }

        @Override
        public Map<String, String> environment() {
            return Map.copyOf(environment != null ? environment : env);
        }

        @Override
        public Path resolve(String path, Intent intent) throws ShellPathException {
            try {
                return workspace.resolve(path.startsWith("/") ? path : cwd + "/" + path, intent).real();
            } catch (ReadOnlyPathException e) {
                throw new ShellPathException("Read-only file system");
            } catch (PathOutsideWorkspaceException e) {
                throw new ShellPathException("Permission denied");
            } catch (HarnessException e) {
                throw new ShellPathException("No such file or directory");
            }
        }

        @Override
        public String logical(Path real) {
            return workspace.toLogical(real);
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public ShellLimits limits() {
            return ShellLimits.DEFAULTS;
        }

        @Override
        public void checkCancelled() {
            if (cancelled) {
                throw new dev.harness4j.tools.shell.ShellAbortException(
                        dev.harness4j.tools.shell.ShellAbortException.Reason.CANCELLED, "cancelled");
            }
        }

        @Override
        public int execute(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr) {
            return TestShell.this.execute(argv, stdin, stdout, stderr);
        }

        @Override
        public int execute(List<String> argv, Map<String, String> environment, InputStream stdin,
                           OutputStream stdout, OutputStream stderr) {
            return TestShell.this.execute(argv, environment, stdin, stdout, stderr);
        }
    }
}

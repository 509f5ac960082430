package dev.harness4j.tools.shell.text;

import dev.harness4j.HarnessException;
import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.tools.shell.ShellAbortException;
import dev.harness4j.tools.shell.ShellLimits;
import dev.harness4j.tools.shell.ShellPathException;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.PathOutsideWorkspaceException;
import dev.harness4j.workspace.ReadOnlyPathException;
import dev.harness4j.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A CommandContext for tests: a workspace, cwd /workspace, given stdin bytes, captured stdout and stderr. */
class TestShellContext implements CommandContext {
    final Workspace workspace;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final InputStream in;
    private final ShellLimits limits;

    TestShellContext(Workspace workspace, byte[] stdin) {
        this(workspace, stdin, ShellLimits.DEFAULTS);
    }

    TestShellContext(Workspace workspace, byte[] stdin, ShellLimits limits) {
        this.workspace = workspace;
        this.in = new ByteArrayInputStream(stdin);
        this.limits = limits;
    }

    /** Runs the named text command and returns its status. */
    int run(String name, List<String> args) throws Exception {
        for (Command c : TextCommands.all()) {
            if (c.name().equals(name)) {
                return c.run(this, args);
            }
        }
        throw new IllegalArgumentException("no text command " + name);
    }

    String stdoutText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderrText() {
        return err.toString(StandardCharsets.UTF_8);
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
        return "/workspace";
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public Path resolve(String path, Intent intent) throws ShellPathException {
        String logical = path.startsWith("/") ? path : cwd() + "/" + path;
        try {
            return workspace.resolve(logical, intent).real();
        } catch (PathOutsideWorkspaceException e) {
            throw new ShellPathException("No such file or directory");
        } catch (ReadOnlyPathException e) {
            throw new ShellPathException("Read-only file system");
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
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public ShellLimits limits() {
        return limits;
    }

    @Override
    public void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ShellAbortException(ShellAbortException.Reason.CANCELLED, "cancelled");
        }
    }

    @Override
    public int execute(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        return 127;
    }

    @Override
    public int execute(List<String> argv, Map<String, String> environment, InputStream stdin, OutputStream stdout,
                       OutputStream stderr) {
        return 127;
    }
}

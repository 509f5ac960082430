package dev.harness4j.tools.shell;

import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/** A Java shell over a fresh in-memory workspace with the test commands registered. */
final class ShellFixture implements AutoCloseable {
    /** What one call produced. */
    record Result(int status, String out, String err) {
    }

    final Workspace workspace;
    final JavaShell shell;

    ShellFixture() {
        this(ShellLimits.DEFAULTS);
    }

    ShellFixture(ShellLimits limits) {
        workspace = Workspaces.inMemory(InMemoryOptions.defaults());
        shell = new JavaShell(workspace, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC), limits);
        TestCommands.all().forEach(shell::register);
    }

    Result run(String script) {
        return run(script, Duration.ofSeconds(30), () -> false);
    }

    Result run(String script, Duration timeout, BooleanSupplier cancelled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = shell.run(script, out, err, timeout, cancelled);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The stdout of a script that must succeed. */
    String out(String script) {
        Result r = run(script);
        if (r.status() != 0) {
            throw new AssertionError("status " + r.status() + " for " + script + "\nstderr: " + r.err());
        }
        return r.out();
    }

    void seed(String path, String content) {
        workspace.seed(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        shell.close();
        workspace.close();
    }
}

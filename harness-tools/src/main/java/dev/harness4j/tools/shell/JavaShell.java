package dev.harness4j.tools.shell;

import dev.harness4j.hands.ToolContext;
import dev.harness4j.tools.bash.ShellSession;
import dev.harness4j.workspace.Workspace;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A bash-compatible interpreter in Java over a workspace's mount table; never touches the host filesystem. */
public final class JavaShell implements ShellSession {

    /** A shell over this workspace whose working directory starts at the workspace's working directory. */
    public JavaShell(Workspace workspace, Clock clock, ShellLimits limits) {
        throw new UnsupportedOperationException("the Java shell is being written");
    }

    /**
     * Runs a script with separate stdout and stderr and returns its exit status; the shell's state (cwd, variables,
     * functions) carries over to the next call.
     *
     * @throws dev.harness4j.tools.bash.ShellTimeoutException when {@code timeout} passes
     * @throws java.util.concurrent.CancellationException      when {@code cancelled} turns true
     */
    public int run(String script, OutputStream stdout, OutputStream stderr, Duration timeout,
                   BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("the Java shell is being written");
    }

    @Override
    public int run(String command, OutputStream output, Duration timeout, ToolContext context) {
        return run(command, output, output, timeout, context::cancelled);
    }

    @Override
    public void close() {
        // nothing held yet
    }
}

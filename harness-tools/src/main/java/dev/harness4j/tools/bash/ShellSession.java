package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * One session's persistent shell behind the {@code bash} tool: the working directory and exported variables carry
 * over between calls until it is closed ({@code restart}). The Java shell serves in-memory workspaces, bubblewrap's
 * jailed {@code /bin/bash} host directories.
 */
public interface ShellSession extends AutoCloseable {

    /**
     * Runs one command with empty stdin, writing stdout and stderr interleaved to {@code output}, and returns its
     * exit status.
     *
     * @throws ShellTimeoutException when {@code timeout} passes first; the shell is then closed and must be replaced
     * @throws java.util.concurrent.CancellationException when {@code context} is cancelled; the shell is closed too
     * @throws IOException when the shell itself fails (the process died, the jail could not start)
     */
    int run(String command, OutputStream output, Duration timeout, ToolContext context) throws IOException;

    /** Ends the shell and everything it started. */
    @Override
    void close();
}

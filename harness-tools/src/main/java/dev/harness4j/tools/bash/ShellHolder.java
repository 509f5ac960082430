package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A session's {@code bash} state, kept as a session resource: the current shell (opened on first use and after a
 * reset), used by one call at a time.
 */
final class ShellHolder implements AutoCloseable {
    private final ShellFactory factory;
    private volatile ShellSession shell;
    private volatile boolean closed;

    ShellHolder(ShellFactory factory) {
        this.factory = factory;
    }

    /** Runs a command in the current shell, opening one first if there is none. */
    synchronized int run(String command, OutputStream output, Duration timeout, ToolContext context)
            throws IOException {
        if (closed) {
            throw new ShellUnavailableException("the session's shell is closed");
        }
        ShellSession current = shell;
        if (current == null) {
            current = factory.open(context);
            shell = current;
        }
        return current.run(command, output, timeout, context);
    }

    /** Closes the current shell; the next command opens a fresh one (no cwd, no variables carried over). */
    void reset() {
        ShellSession s;
        synchronized (this) {
            s = shell;
            shell = null;
        }
        if (s != null) {
            s.close();
        }
    }

    /** Closes the shell for good, without waiting for a running command (which then fails). */
    @Override
    public void close() {
        closed = true;
        ShellSession s = shell;
        if (s != null) {
            s.close();
        }
    }
}

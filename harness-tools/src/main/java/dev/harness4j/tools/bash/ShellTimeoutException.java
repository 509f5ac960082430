package dev.harness4j.tools.bash;

import java.time.Duration;

/** A bash call ran past its timeout; the shell was stopped (with every process it started). */
public final class ShellTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The call ran longer than {@code timeout}. */
    public ShellTimeoutException(Duration timeout) {
        super("command timed out after " + timeout.toMillis() + " ms", null, false, false);
    }
}

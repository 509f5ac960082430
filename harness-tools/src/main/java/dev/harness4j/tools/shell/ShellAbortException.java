package dev.harness4j.tools.shell;

/**
 * Unwinds a whole script: a limit was reached, the wall clock ran out, or the call was cancelled. Commands never
 * catch it; the shell reports {@link #getMessage()} and ends the call.
 */
public final class ShellAbortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the script stops. */
    public enum Reason {
        /** The tool call was cancelled (interrupt, shutdown). */
        CANCELLED,
        /** The call's timeout passed. */
        TIMEOUT,
        /** A {@link ShellLimits} limit was reached. */
        LIMIT
    }

    private final Reason reason;

    /** An abort for this reason, with a message naming the limit or cause. */
    public ShellAbortException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Why the script stops. */
    public Reason reason() {
        return reason;
    }
}

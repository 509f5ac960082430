package dev.harness4j.brain;

import dev.harness4j.HarnessException;

/** A model call failed; {@link #isTransient()} tells whether retrying may help (rate limit, overload, timeout, 5xx). */
public class ModelCallException extends HarnessException {
    private final String errorType;
    private final boolean transientFailure;

    /** Creates the exception with the {@code session.error} type it maps to and whether it is transient. */
    public ModelCallException(String errorType, boolean transientFailure, String message, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
        this.transientFailure = transientFailure;
    }

    /** The {@code session.error} type, e.g. {@code model_overloaded_error}. */
    public String errorType() {
        return errorType;
    }

    /** Whether retrying may help. */
    public boolean isTransient() {
        return transientFailure;
    }
}

package dev.harness4j.brain;

import java.util.Objects;

/**
 * What a brain says about a session's context before the next model request: it fits, it should be compacted first,
 * or compaction has stopped helping and the turn should end.
 *
 * @param action              what to do
 * @param inputTokens         the input tokens of the latest model request (0 when unknown)
 * @param ineffectiveAttempts compactions in a row that left the next request over the threshold
 */
public record ContextCheck(Action action, long inputTokens, int ineffectiveAttempts) {
    /** The context fits; no compaction. */
    public static final ContextCheck FITS = new ContextCheck(Action.FITS, 0, 0);

    /** Validates. */
    public ContextCheck {
        Objects.requireNonNull(action, "action");
    }

    /** What the runtime does before the next model request. */
    public enum Action {
        /** Send the request as it is. */
        FITS,
        /** Call {@link Brain#compact} first. */
        COMPACT,
        /** Compaction stopped helping: end the turn with {@code compaction_limit_reached_error}. */
        LIMIT_REACHED
    }
}

package dev.harness4j.brain;

/**
 * The brain: a stateless step that, given the session so far, returns the agent's next move. It may cache what the
 * log can rebuild (a projection) but keeps no other state, so a restarted process resumes a session from its log.
 */
@FunctionalInterface
public interface Brain {

    /** Computes the next move; throws {@link ModelCallException} when the model call fails. */
    BrainResponse next(BrainRequest request);

    /** Whether the session's context should be compacted before the next request (default: it always fits). */
    default ContextCheck checkContext(BrainRequest request) {
        return ContextCheck.FITS;
    }

    /**
     * Summarises the older part of the session's context (asked after {@link #checkContext} said
     * {@link ContextCheck.Action#COMPACT}); throws {@link ModelCallException} when the summarisation request fails.
     */
    default Compaction compact(BrainRequest request) {
        throw new UnsupportedOperationException(getClass().getName() + " does not compact");
    }

    /** Drops anything cached for a session (called when a session is deleted or evicted). */
    default void forget(String sessionId) {
    }
}

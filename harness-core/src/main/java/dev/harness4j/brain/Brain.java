package dev.harness4j.brain;

/**
 * The brain: a stateless step that, given the session so far, returns the agent's next move. It may cache what the
 * log can rebuild (a projection) but keeps no other state, so a restarted process resumes a session from its log.
 */
@FunctionalInterface
public interface Brain {

    /** Computes the next move; throws {@link ModelCallException} when the model call fails. */
    BrainResponse next(BrainRequest request);

    /** Drops anything cached for a session (called when a session is deleted or evicted). */
    default void forget(String sessionId) {
    }
}

package dev.harness4j.test.model;

/**
 * Thrown when a scripted model receives more requests than its script has steps.
 *
 * <p>It extends {@link AssertionError}, not {@link RuntimeException}, on purpose: running out of script is a failed
 * test, not a model failure. A harness's retry logic catches runtime exceptions from the model and would turn this
 * into a slow back-off and a {@code retries_exhausted} idle that hides the cause; an error passes through such
 * handlers and JUnit reports it as a failure. The model also records it, so {@link ScriptedChatModel#assertExhausted()}
 * reports it even when the code under test swallowed it.
 */
public final class ScriptExhaustedException extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final int requestNumber;

    ScriptExhaustedException(String modelName, int requestNumber, int steps, String requestSummary) {
        super("scripted model '" + modelName + "' has no step for request #" + requestNumber
                + " (the script has " + steps + " step" + (steps == 1 ? "" : "s") + ")\nrequest: " + requestSummary);
        this.requestNumber = requestNumber;
    }

    /** The 1-based number of the request that found no step. */
    public int requestNumber() {
        return requestNumber;
    }
}

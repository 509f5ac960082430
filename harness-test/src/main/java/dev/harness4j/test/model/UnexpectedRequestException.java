package dev.harness4j.test.model;

/**
 * Thrown when a request fails the expectation attached to the script step that was to answer it.
 *
 * <p>Like {@link ScriptExhaustedException} it extends {@link AssertionError} so that retry logic in the code under
 * test does not mistake it for a transient model failure; the model records it for
 * {@link ScriptedChatModel#assertExhausted()} as well.
 */
public final class UnexpectedRequestException extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final int stepNumber;

    UnexpectedRequestException(String modelName, int stepNumber, String stepLabel, String expected,
            String requestSummary) {
        super("scripted model '" + modelName + "', step " + stepNumber + " (" + stepLabel
                + "): request does not match expectation\nexpected: " + expected + "\nactual request: "
                + requestSummary);
        this.stepNumber = stepNumber;
    }

    /** The 1-based number of the step whose expectation failed. */
    public int stepNumber() {
        return stepNumber;
    }
}

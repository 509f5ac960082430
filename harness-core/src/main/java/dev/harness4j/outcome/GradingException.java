package dev.harness4j.outcome;

import dev.harness4j.HarnessException;

/** A grader could not reach a verdict at all, for example because its model request failed; the cause says why. */
public class GradingException extends HarnessException {

    /** An exception naming the outcome, the iteration and the problem. */
    public GradingException(String message, Throwable cause) {
        super(message, cause);
    }
}

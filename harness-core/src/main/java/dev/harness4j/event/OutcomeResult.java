package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The grader's verdict in {@code span.outcome_evaluation_end}. */
public enum OutcomeResult {
    /** The rubric is met. */
    SATISFIED,
    /** Another iteration follows with the grader's explanation. */
    NEEDS_REVISION,
    /** The iteration cap was reached. */
    MAX_ITERATIONS_REACHED,
    /** The rubric does not apply or contradicts the task. */
    FAILED,
    /** A {@code user.interrupt} arrived during evaluation. */
    INTERRUPTED;

    /** The wire name. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name. */
    @JsonCreator
    public static OutcomeResult fromWire(String value) {
        return Require.enumValue(OutcomeResult.class, value, "result");
    }
}

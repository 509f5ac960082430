package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Turns the session into a job graded against a rubric. */
public record UserDefineOutcome(
        String id,
        String outcomeId,
        String description,
        Rubric rubric,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer maxIterations,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements UserEvent {

    /** The wire type. */
    public static final String TYPE = "user.define_outcome";

    /** Validates the fields. */
    public UserDefineOutcome {
        Require.present(description, TYPE, "description");
        Require.present(rubric, TYPE, "rubric");
        if (maxIterations != null && (maxIterations < 1 || maxIterations > MAX_ITERATIONS)) {
            throw new EventValidationException(TYPE + ": max_iterations must be between 1 and " + MAX_ITERATIONS
                    + ", got " + maxIterations);
        }
    }

    /** An outcome to send: the task and its rubric, with the default iteration cap. */
    public static UserDefineOutcome of(String description, Rubric rubric) {
        return new UserDefineOutcome(null, null, description, rubric, null, null);
    }

    /** An outcome to send with its own iteration cap (1 to {@value #MAX_ITERATIONS}). */
    public static UserDefineOutcome of(String description, Rubric rubric, int maxIterations) {
        return new UserDefineOutcome(null, null, description, rubric, maxIterations, null);
    }

    /** The cap on {@code max_iterations}. */
    public static final int MAX_ITERATIONS = 20;
    /** The default {@code max_iterations}. */
    public static final int DEFAULT_MAX_ITERATIONS = 3;

    /** The iteration cap that applies: {@code max_iterations}, or {@value #DEFAULT_MAX_ITERATIONS} when absent. */
    public int effectiveMaxIterations() {
        return maxIterations == null ? DEFAULT_MAX_ITERATIONS : maxIterations;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public UserDefineOutcome stamped(String id, Instant processedAt) {
        return new UserDefineOutcome(id, outcomeId, description, rubric, maxIterations, processedAt);
    }
}

package dev.harness4j.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * One entry of a session's {@code outcome_evaluations} (§9): the state of one {@code user.define_outcome} — its id,
 * description, current 0-based iteration, where it stands, the grader's last explanation (null before the first
 * verdict) and when it finished (null while it is not terminal).
 */
@JsonPropertyOrder({"type", "outcome_id", "description", "iteration", "result", "explanation", "completed_at"})
public record OutcomeEvaluation(
        String outcomeId,
        String description,
        int iteration,
        Status result,
        @JsonInclude(JsonInclude.Include.ALWAYS) String explanation,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant completedAt) {

    /** The wire type. */
    public static final String TYPE = "outcome_evaluation";

    /** The wire type, {@code outcome_evaluation}. */
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    /** Whether the outcome is finished (no more turns or grading follow for it). */
    public boolean terminal() {
        return result.terminal();
    }

    /** Where an outcome stands. */
    public enum Status {
        /** Accepted, not processed yet. */
        PENDING,
        /** The agent is working on the current iteration. */
        RUNNING,
        /** The grader is judging the current iteration. */
        EVALUATING,
        /** The rubric is met. */
        SATISFIED,
        /** The iteration cap was reached without the rubric being met. */
        MAX_ITERATIONS_REACHED,
        /** The grader failed or found the rubric inapplicable. */
        FAILED,
        /** A {@code user.interrupt} stopped the outcome. */
        INTERRUPTED;

        /** The wire name. */
        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether this status ends the outcome. */
        public boolean terminal() {
            return ordinal() >= SATISFIED.ordinal();
        }
    }
}

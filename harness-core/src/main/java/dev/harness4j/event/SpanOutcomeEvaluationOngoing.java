package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A heartbeat while the grader runs. */
public record SpanOutcomeEvaluationOngoing(
        String id,
        String outcomeId,
        int iteration,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SpanEvent {

    /** The wire type. */
    public static final String TYPE = "span.outcome_evaluation_ongoing";

    /** Validates the fields. */
    public SpanOutcomeEvaluationOngoing {
        Require.present(id, TYPE, "id");
        Require.present(outcomeId, TYPE, "outcome_id");
        if (iteration < 0) {
            throw new EventValidationException(TYPE + ": iteration must not be negative");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}

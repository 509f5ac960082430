package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The grader's verdict on an iteration. */
public record SpanOutcomeEvaluationEnd(
        String id,
        String outcomeEvaluationStartId,
        String outcomeId,
        int iteration,
        OutcomeResult result,
        @JsonInclude(JsonInclude.Include.ALWAYS) String explanation,
        ModelUsage usage,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SpanEvent {

    /** The wire type. */
    public static final String TYPE = "span.outcome_evaluation_end";

    /** Validates the fields. */
    public SpanOutcomeEvaluationEnd {
        Require.present(id, TYPE, "id");
        Require.present(outcomeEvaluationStartId, TYPE, "outcome_evaluation_start_id");
        Require.present(usage, TYPE, "usage");
        Require.present(result, TYPE, "result");
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

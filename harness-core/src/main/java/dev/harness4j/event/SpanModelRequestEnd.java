package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A model request ended, with its usage. */
public record SpanModelRequestEnd(
        String id,
        String modelRequestStartId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Boolean isError,
        ModelUsage modelUsage,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SpanEvent {

    /** The wire type. */
    public static final String TYPE = "span.model_request_end";

    /** Validates the fields. */
    public SpanModelRequestEnd {
        Require.present(id, TYPE, "id");
        Require.present(modelRequestStartId, TYPE, "model_request_start_id");
        Require.present(modelUsage, TYPE, "model_usage");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

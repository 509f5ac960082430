package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A model request started. */
public record SpanModelRequestStart(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SpanEvent {

    /** The wire type. */
    public static final String TYPE = "span.model_request_start";

    /** Validates the fields. */
    public SpanModelRequestStart {
        Require.present(id, TYPE, "id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Details of a refusal stop: its category and explanation, each possibly null. */
public record StopDetails(String type,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String category,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String explanation) {
    /** Validates the type, which is always {@code refusal}. */
    public StopDetails {
        Require.present(type, "stop_details", "type");
        if (!"refusal".equals(type)) {
            throw new EventValidationException("stop_details: type must be 'refusal', got '" + type + "'");
        }
    }
}

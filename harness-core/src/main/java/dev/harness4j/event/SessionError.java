package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An error, with whether it is being retried. */
public record SessionError(
        String id,
        ErrorInfo error,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.error";

    /** Validates the fields. */
    public SessionError {
        Require.present(id, TYPE, "id");
        Require.present(error, TYPE, "error");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

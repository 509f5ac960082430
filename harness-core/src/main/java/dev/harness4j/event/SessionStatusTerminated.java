package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The session ended for good. */
public record SessionStatusTerminated(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.status_terminated";

    /** Validates the fields. */
    public SessionStatusTerminated {
        Require.present(id, TYPE, "id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A transient error; the session retries automatically. */
public record SessionStatusRescheduled(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.status_rescheduled";

    /** Validates the fields. */
    public SessionStatusRescheduled {
        Require.present(id, TYPE, "id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

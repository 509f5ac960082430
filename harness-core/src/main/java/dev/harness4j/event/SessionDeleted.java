package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The session was deleted. */
public record SessionDeleted(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.deleted";

    /** Validates the fields. */
    public SessionDeleted {
        Require.present(id, TYPE, "id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A session thread hit a transient error and is retrying. */
public record SessionThreadStatusRescheduled(
        String id,
        String sessionThreadId,
        String agentName,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.thread_status_rescheduled";

    /** Validates the fields. */
    public SessionThreadStatusRescheduled {
        Require.present(id, TYPE, "id");
        Require.present(sessionThreadId, TYPE, "session_thread_id");
        Require.present(agentName, TYPE, "agent_name");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

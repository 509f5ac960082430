package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A session thread ended for good. */
public record SessionThreadStatusTerminated(
        String id,
        String sessionThreadId,
        String agentName,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.thread_status_terminated";

    /** Validates the fields. */
    public SessionThreadStatusTerminated {
        Require.present(id, TYPE, "id");
        Require.present(sessionThreadId, TYPE, "session_thread_id");
        Require.present(agentName, TYPE, "agent_name");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

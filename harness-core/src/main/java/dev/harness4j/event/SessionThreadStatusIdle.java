package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A session thread went idle, with the reason (the same stop reasons as {@link SessionStatusIdle}). */
public record SessionThreadStatusIdle(
        String id,
        String sessionThreadId,
        String agentName,
        StopReason stopReason,
        @JsonInclude(JsonInclude.Include.ALWAYS) StopDetails stopDetails,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.thread_status_idle";

    /** Validates the fields; {@code stop_details} is optional. */
    public SessionThreadStatusIdle {
        Require.present(id, TYPE, "id");
        Require.present(sessionThreadId, TYPE, "session_thread_id");
        Require.present(agentName, TYPE, "agent_name");
        Require.present(stopReason, TYPE, "stop_reason");
    }

    /** An idle without stop details. */
    public SessionThreadStatusIdle(String id, String sessionThreadId, String agentName, StopReason stopReason,
                                   Instant processedAt) {
        this(id, sessionThreadId, agentName, stopReason, null, processedAt);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether the thread waits for confirmations or custom tool results. */
    public boolean requiresAction() {
        return stopReason instanceof StopReason.RequiresAction;
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The session went idle, with the reason. */
public record SessionStatusIdle(
        String id,
        StopReason stopReason,
        @JsonInclude(JsonInclude.Include.ALWAYS) StopDetails stopDetails,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.status_idle";

    /** Validates the fields. */
    public SessionStatusIdle {
        Require.present(id, TYPE, "id");
        Require.present(stopReason, TYPE, "stop_reason");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether the session waits for confirmations or custom tool results. */
    public boolean requiresAction() {
        return stopReason instanceof StopReason.RequiresAction;
    }

    /** Whether the turn is over (idle for any reason but {@code requires_action}). */
    public boolean endsTurn() {
        return !requiresAction();
    }
}

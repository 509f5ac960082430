package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A session thread ({@code sthr_…}) was created for a callable agent of a multiagent session (§10.3). */
public record SessionThreadCreated(
        String id,
        String sessionThreadId,
        String agentName,
        String workflowRunId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements SessionEvent {

    /** The wire type. */
    public static final String TYPE = "session.thread_created";

    /** Validates the fields; {@code workflow_run_id} is optional. */
    public SessionThreadCreated {
        Require.present(id, TYPE, "id");
        Require.present(sessionThreadId, TYPE, "session_thread_id");
        Require.present(agentName, TYPE, "agent_name");
    }

    /** A thread created outside any workflow run. */
    public SessionThreadCreated(String id, String sessionThreadId, String agentName, Instant processedAt) {
        this(id, sessionThreadId, agentName, null, processedAt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}

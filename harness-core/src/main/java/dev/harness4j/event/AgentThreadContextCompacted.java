package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The context was compacted; later requests see a summary plus the tail. */
public record AgentThreadContextCompacted(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.thread_context_compacted";

    /** Validates the fields. */
    public AgentThreadContextCompacted {
        Require.present(id, TYPE, "id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

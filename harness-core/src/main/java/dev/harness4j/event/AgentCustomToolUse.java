package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** The agent calls a custom tool the application executes. */
public record AgentCustomToolUse(
        String id,
        String name,
        Map<String, Object> input,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.custom_tool_use";

    /** Validates the fields. */
    public AgentCustomToolUse {
        Require.present(id, TYPE, "id");
        Require.present(name, TYPE, "name");
        input = Require.jsonObject(input, TYPE, "input");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

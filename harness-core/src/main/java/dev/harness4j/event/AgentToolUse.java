package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** The agent calls a built-in tool; the event id is the tool-use id. */
public record AgentToolUse(
        String id,
        String name,
        Map<String, Object> input,
        Permission evaluatedPermission,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.tool_use";

    /** Validates the fields. */
    public AgentToolUse {
        Require.present(id, TYPE, "id");
        Require.present(name, TYPE, "name");
        input = Require.jsonObject(input, TYPE, "input");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

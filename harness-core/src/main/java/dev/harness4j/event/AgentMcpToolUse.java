package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** The agent calls a tool of an MCP server. */
public record AgentMcpToolUse(
        String id,
        String mcpServerName,
        String name,
        Map<String, Object> input,
        Permission evaluatedPermission,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.mcp_tool_use";

    /** Validates the fields. */
    public AgentMcpToolUse {
        Require.present(id, TYPE, "id");
        Require.present(mcpServerName, TYPE, "mcp_server_name");
        Require.present(name, TYPE, "name");
        input = Require.jsonObject(input, TYPE, "input");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

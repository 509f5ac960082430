package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The result of the MCP tool call {@code mcp_tool_use_id}. */
public record AgentMcpToolResult(
        String id,
        String mcpToolUseId,
        List<ContentBlock> content,
        Boolean isError,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.mcp_tool_result";

    /** Validates the fields. */
    public AgentMcpToolResult {
        Require.present(id, TYPE, "id");
        Require.present(mcpToolUseId, TYPE, "mcp_tool_use_id");
        content = content == null ? null : Require.blocks(content, Require.TOOL_RESULT_BLOCKS, TYPE, "content");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

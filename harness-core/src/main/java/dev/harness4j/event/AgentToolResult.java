package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The result of the built-in tool call {@code tool_use_id}. */
public record AgentToolResult(
        String id,
        String toolUseId,
        List<ContentBlock> content,
        Boolean isError,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.tool_result";

    /** Validates the fields. */
    public AgentToolResult {
        Require.present(id, TYPE, "id");
        Require.present(toolUseId, TYPE, "tool_use_id");
        content = content == null ? null : Require.blocks(content, Require.TOOL_RESULT_BLOCKS, TYPE, "content");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether the result is an error. */
    public boolean error() {
        return Boolean.TRUE.equals(isError);
    }
}

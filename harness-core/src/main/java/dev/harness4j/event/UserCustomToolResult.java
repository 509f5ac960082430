package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The result of a client-executed custom tool for the event {@code custom_tool_use_id}. */
public record UserCustomToolResult(
        String id,
        String customToolUseId,
        List<ContentBlock> content,
        Boolean isError,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements UserEvent {

    /** The wire type. */
    public static final String TYPE = "user.custom_tool_result";

    /** Validates the fields. */
    public UserCustomToolResult {
        Require.present(customToolUseId, TYPE, "custom_tool_use_id");
        content = content == null ? null : Require.blocks(content, Require.TOOL_RESULT_BLOCKS, TYPE, "content");
    }

    /** A successful text result. */
    public static UserCustomToolResult text(String customToolUseId, String text) {
        return new UserCustomToolResult(null, customToolUseId, List.of(new ContentBlock.Text(text)), null, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public UserCustomToolResult stamped(String id, Instant processedAt) {
        return new UserCustomToolResult(id, customToolUseId, content, isError, sessionThreadId, processedAt);
    }
}

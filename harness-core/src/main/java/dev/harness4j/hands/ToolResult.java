package dev.harness4j.hands;

import dev.harness4j.event.ContentBlock;
import java.util.List;

/** What a tool returns: content blocks and whether it is an error. */
public record ToolResult(List<ContentBlock> content, boolean isError) {
    /** Copies the content. */
    public ToolResult {
        content = List.copyOf(content);
    }

    /** A successful text result. */
    public static ToolResult ok(String text) {
        return new ToolResult(List.of(new ContentBlock.Text(text)), false);
    }

    /** An error result whose text names the problem. */
    public static ToolResult error(String text) {
        return new ToolResult(List.of(new ContentBlock.Text(text)), true);
    }

    /** The concatenated text of the text blocks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (ContentBlock b : content) {
            if (b instanceof ContentBlock.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}

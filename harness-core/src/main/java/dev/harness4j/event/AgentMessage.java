package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** Text the agent said. */
public record AgentMessage(
        String id,
        List<ContentBlock> content,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.message";

    /** Validates the fields. */
    public AgentMessage {
        Require.present(id, TYPE, "id");
        content = Require.blocks(content, Require.AGENT_MESSAGE_BLOCKS, TYPE, "content");
    }

    @Override
    public String type() {
        return TYPE;
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

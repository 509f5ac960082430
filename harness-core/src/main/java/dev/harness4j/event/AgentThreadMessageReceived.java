package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A thread received a message from another session thread; {@code from_agent_name} is absent when the sender is the
 * primary thread.
 */
public record AgentThreadMessageReceived(
        String id,
        String fromSessionThreadId,
        String fromAgentName,
        List<ContentBlock> content,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.thread_message_received";

    /** Validates the fields: content holds text, image, document or redacted blocks. */
    public AgentThreadMessageReceived {
        Require.present(id, TYPE, "id");
        Require.present(fromSessionThreadId, TYPE, "from_session_thread_id");
        content = Require.blocks(content, Require.USER_MESSAGE_BLOCKS, TYPE, "content");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

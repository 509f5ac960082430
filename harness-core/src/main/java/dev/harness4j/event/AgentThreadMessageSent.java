package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A thread sent a message to another session thread; {@code to_agent_name} is absent when the target is the primary
 * thread.
 */
public record AgentThreadMessageSent(
        String id,
        String toSessionThreadId,
        String toAgentName,
        List<ContentBlock> content,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.thread_message_sent";

    /** Validates the fields: content holds text, image, document or redacted blocks. */
    public AgentThreadMessageSent {
        Require.present(id, TYPE, "id");
        Require.present(toSessionThreadId, TYPE, "to_session_thread_id");
        content = Require.blocks(content, Require.USER_MESSAGE_BLOCKS, TYPE, "content");
    }

    @Override
    public String type() {
        return TYPE;
    }
}

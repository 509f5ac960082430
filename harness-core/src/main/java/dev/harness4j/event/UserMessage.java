package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A user turn: text, images or documents. */
public record UserMessage(
        String id,
        List<ContentBlock> content,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements UserEvent {

    /** The wire type. */
    public static final String TYPE = "user.message";

    /** Validates the fields. */
    public UserMessage {
        content = Require.blocks(Require.nonEmptyList(content, TYPE, "content"), Require.USER_MESSAGE_BLOCKS, TYPE,
                "content");
    }

    /** A queued message with one text block. */
    public static UserMessage text(String text) {
        return new UserMessage(null, List.of(new ContentBlock.Text(text)), null);
    }

    /** A queued message with these blocks. */
    public static UserMessage of(List<ContentBlock> content) {
        return new UserMessage(null, content, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public UserMessage stamped(String id, Instant processedAt) {
        return new UserMessage(id, content, processedAt);
    }
}

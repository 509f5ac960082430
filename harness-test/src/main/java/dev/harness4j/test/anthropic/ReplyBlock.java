package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** One content block of a scripted Anthropic reply: text, a tool call, thinking, or redacted thinking. */
public sealed interface ReplyBlock {

    /** A {@code text} block. */
    record Text(String text) implements ReplyBlock {
        /** Validates that the text is present. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A {@code tool_use} block; a null id is replaced by {@code toolu_NN} when the server sends it. */
    record ToolUse(String id, String name, JsonNode input) implements ReplyBlock {
        /** Validates that the name is present and the input is a JSON object. */
        public ToolUse {
            Objects.requireNonNull(name, "tool name");
            Objects.requireNonNull(input, "tool input");
            if (name.isBlank()) {
                throw new IllegalArgumentException("tool name is blank");
            }
            if (!input.isObject()) {
                throw new IllegalArgumentException("input of tool_use '" + name + "' must be a JSON object, got: "
                        + input);
            }
            input = input.deepCopy();
        }

        /** A copy of the input (the record keeps its own). */
        @Override
        public JsonNode input() {
            return input.deepCopy();
        }
    }

    /** A {@code thinking} block with its signature. */
    record Thinking(String thinking, String signature) implements ReplyBlock {
        /** Validates that the thinking and signature are present. */
        public Thinking {
            Objects.requireNonNull(thinking, "thinking");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** A {@code redacted_thinking} block carrying opaque data. */
    record RedactedThinking(String data) implements ReplyBlock {
        /** Validates that the data is present. */
        public RedactedThinking {
            Objects.requireNonNull(data, "data");
        }
    }
}

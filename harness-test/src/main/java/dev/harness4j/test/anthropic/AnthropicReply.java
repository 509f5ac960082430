package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What {@link FakeAnthropicServer} answers to one {@code POST /v1/messages}: a message, or an HTTP error. */
public sealed interface AnthropicReply {

    /** The stop reasons the Messages API reports. */
    Set<String> STOP_REASONS = Set.of("end_turn", "tool_use", "max_tokens", "stop_sequence", "pause_turn", "refusal");

    /** A reply with one text block ({@code end_turn}). */
    static Message text(String text) {
        return message().text(text).build();
    }

    /** A reply calling one tool ({@code tool_use}); {@code inputJson} must be a JSON object. */
    static Message toolUse(String name, String inputJson) {
        return message().toolUse(name, inputJson).build();
    }

    /** A builder for a message reply with several blocks. */
    static MessageBuilder message() {
        return new MessageBuilder();
    }

    /** An HTTP error with the Anthropic error envelope {@code {"type":"error","error":{"type":…,"message":…}}}. */
    static Error error(int status, String errorType, String message) {
        return new Error(status, errorType, message, Map.of());
    }

    /** 429 {@code rate_limit_error} with a {@code retry-after} header in seconds. */
    static Error rateLimited(int retryAfterSeconds) {
        return error(429, "rate_limit_error", "Number of request tokens has exceeded your rate limit.")
                .withHeader("retry-after", Integer.toString(retryAfterSeconds));
    }

    /** 529 {@code overloaded_error}. */
    static Error overloaded() {
        return error(529, "overloaded_error", "Overloaded");
    }

    /** 500 {@code api_error}. */
    static Error apiError() {
        return error(500, "api_error", "Internal server error");
    }

    /** 401 {@code authentication_error}. */
    static Error authenticationError() {
        return error(401, "authentication_error", "invalid x-api-key");
    }

    /** 400 {@code invalid_request_error} with this message. */
    static Error invalidRequest(String message) {
        return error(400, "invalid_request_error", message);
    }

    /**
     * A message reply. Null {@code stopReason} means {@code tool_use} when a block calls a tool, else
     * {@code end_turn}; null {@code usage} means a deterministic estimate; null {@code model} echoes the request's.
     */
    record Message(List<ReplyBlock> content, String stopReason, ReplyUsage usage, String model)
            implements AnthropicReply {
        /** Validates and copies the blocks. */
        public Message {
            content = List.copyOf(Objects.requireNonNull(content, "content"));
            if (stopReason != null && !STOP_REASONS.contains(stopReason)) {
                throw new IllegalArgumentException("unknown stop_reason '" + stopReason + "', expected one of "
                        + STOP_REASONS);
            }
        }

        /** The stop reason sent: the given one or the default derived from the blocks. */
        public String effectiveStopReason() {
            if (stopReason != null) {
                return stopReason;
            }
            return content.stream().anyMatch(b -> b instanceof ReplyBlock.ToolUse) ? "tool_use" : "end_turn";
        }
    }

    /** An HTTP error reply; {@code headers} are added to the response (for example {@code retry-after}). */
    record Error(int status, String errorType, String message, Map<String, String> headers)
            implements AnthropicReply {
        /** Validates the status and copies the headers. */
        public Error {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error reply needs a 4xx or 5xx status, got " + status);
            }
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(message, "message");
            headers = Map.copyOf(headers);
        }

        /** A copy with one more response header. */
        public Error withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return new Error(status, errorType, message, copy);
        }
    }

    /** Builds a {@link Message}, validating each block as it is added. */
    final class MessageBuilder {
        private final List<ReplyBlock> content = new ArrayList<>();
        private String stopReason;
        private ReplyUsage usage;
        private String model;

        MessageBuilder() {
        }

        /** Adds a text block. */
        public MessageBuilder text(String text) {
            content.add(new ReplyBlock.Text(text));
            return this;
        }

        /** Adds a tool_use block whose id the server assigns ({@code toolu_NN}). */
        public MessageBuilder toolUse(String name, String inputJson) {
            return toolUse(null, name, inputJson);
        }

        /** Adds a tool_use block with this id. */
        public MessageBuilder toolUse(String id, String name, String inputJson) {
            Objects.requireNonNull(inputJson, "tool input");
            JsonNode input;
            try {
                input = Json.mapper().readTree(inputJson);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("input of tool_use '" + name + "' is not valid JSON: "
                        + e.getOriginalMessage(), e);
            }
            content.add(new ReplyBlock.ToolUse(id, name, input));
            return this;
        }

        /** Adds a thinking block with a signature. */
        public MessageBuilder thinking(String thinking, String signature) {
            content.add(new ReplyBlock.Thinking(thinking, signature));
            return this;
        }

        /** Adds a redacted_thinking block. */
        public MessageBuilder redactedThinking(String data) {
            content.add(new ReplyBlock.RedactedThinking(data));
            return this;
        }

        /** Sets the stop reason ({@code end_turn}, {@code tool_use}, {@code max_tokens}, …). */
        public MessageBuilder stopReason(String stopReason) {
            this.stopReason = stopReason;
            return this;
        }

        /** Sets input and output token counts (no cache activity). */
        public MessageBuilder usage(int inputTokens, int outputTokens) {
            return usage(ReplyUsage.of(inputTokens, outputTokens));
        }

        /** Sets the full usage, cache counts included. */
        public MessageBuilder usage(ReplyUsage usage) {
            this.usage = Objects.requireNonNull(usage, "usage");
            return this;
        }

        /** Sets the model name reported (default: the request's). */
        public MessageBuilder model(String model) {
            this.model = model;
            return this;
        }

        /** Builds the reply. */
        public Message build() {
            return new Message(content, stopReason, usage, model);
        }
    }
}

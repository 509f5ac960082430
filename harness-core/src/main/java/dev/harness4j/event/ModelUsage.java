package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Tokens of one model request (or a sum of requests), with Anthropic's cache counts. */
public record ModelUsage(
        @JsonInclude(JsonInclude.Include.ALWAYS) long inputTokens,
        @JsonInclude(JsonInclude.Include.ALWAYS) long outputTokens,
        @JsonInclude(JsonInclude.Include.ALWAYS) long cacheCreationInputTokens,
        @JsonInclude(JsonInclude.Include.ALWAYS) long cacheReadInputTokens,
        String speed) {

    /** No tokens. */
    public static final ModelUsage ZERO = new ModelUsage(0, 0, 0, 0, null);

    /** Validates that no count is negative. */
    public ModelUsage {
        if (inputTokens < 0 || outputTokens < 0 || cacheCreationInputTokens < 0 || cacheReadInputTokens < 0) {
            throw new EventValidationException("model_usage: token counts must not be negative");
        }
    }

    /** Usage with input and output tokens only. */
    public static ModelUsage of(long inputTokens, long outputTokens) {
        return new ModelUsage(inputTokens, outputTokens, 0, 0, null);
    }

    /** The sum of this and {@code other}; the speed is kept when both agree. */
    public ModelUsage plus(ModelUsage other) {
        return new ModelUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cacheCreationInputTokens + other.cacheCreationInputTokens,
                cacheReadInputTokens + other.cacheReadInputTokens,
                java.util.Objects.equals(speed, other.speed) ? speed : null);
    }
}

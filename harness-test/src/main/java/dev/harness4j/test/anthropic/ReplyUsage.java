package dev.harness4j.test.anthropic;

/** The {@code usage} object of a scripted reply, cache counts included. */
public record ReplyUsage(int inputTokens, int outputTokens, int cacheCreationInputTokens, int cacheReadInputTokens) {

    /** Validates that no count is negative. */
    public ReplyUsage {
        if (inputTokens < 0 || outputTokens < 0 || cacheCreationInputTokens < 0 || cacheReadInputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: " + inputTokens + ", "
                    + outputTokens + ", " + cacheCreationInputTokens + ", " + cacheReadInputTokens);
        }
    }

    /** Usage without cache activity. */
    public static ReplyUsage of(int inputTokens, int outputTokens) {
        return new ReplyUsage(inputTokens, outputTokens, 0, 0);
    }
}

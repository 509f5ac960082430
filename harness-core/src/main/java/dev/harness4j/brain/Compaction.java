package dev.harness4j.brain;

import dev.harness4j.event.ModelUsage;
import java.util.Objects;

/**
 * The outcome of compacting a session's context, recorded as {@code agent.thread_context_compacted}: the summary that
 * replaces the oldest {@code compactedMessages} messages of the projected conversation, the input tokens of the
 * request that made it necessary, and the usage of the summarisation request.
 */
public record Compaction(String summary, long preCompactionTokens, int compactedMessages, ModelUsage usage) {
    /** Validates. */
    public Compaction {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(usage, "usage");
        if (compactedMessages < 1) {
            throw new IllegalArgumentException("a compaction replaces at least one message, got " + compactedMessages);
        }
    }
}

package dev.harness4j.usage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A session's cumulative usage, as the session object's {@code usage} (§5.1): tokens over every model request,
 * {@code active_seconds} (time with at least one thread running, overlaps counted once) and {@code list_cost} (null
 * when the price table does not price the agent's model).
 *
 * <p>The log records one cache-creation count per request, without Anthropic's split by cache lifetime; it is
 * reported as {@code cache_creation.ephemeral_5m_input_tokens}, the lifetime of Anthropic's default cache.
 */
@JsonPropertyOrder({"input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation", "active_seconds",
    "list_cost"})
public record SessionUsage(long inputTokens, long outputTokens, long cacheReadInputTokens, CacheCreation cacheCreation,
                           double activeSeconds, @JsonInclude(JsonInclude.Include.ALWAYS) ListCost listCost) {
    /** No usage yet. */
    public static final SessionUsage NONE = new SessionUsage(0, 0, 0, new CacheCreation(0, 0), 0.0, null);

    /** Validates. */
    public SessionUsage {
        java.util.Objects.requireNonNull(cacheCreation, "cacheCreation");
    }

    /** Cache-creation tokens of every lifetime. */
    @JsonIgnore
    public long cacheCreationInputTokens() {
        return cacheCreation.ephemeral1hInputTokens() + cacheCreation.ephemeral5mInputTokens();
    }

    /** Cache-creation tokens by cache lifetime. */
    @JsonPropertyOrder({"ephemeral_1h_input_tokens", "ephemeral_5m_input_tokens"})
    public record CacheCreation(@JsonProperty("ephemeral_1h_input_tokens") long ephemeral1hInputTokens,
                                @JsonProperty("ephemeral_5m_input_tokens") long ephemeral5mInputTokens) {
    }
}

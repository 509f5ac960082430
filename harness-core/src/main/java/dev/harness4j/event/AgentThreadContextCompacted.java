package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The context was compacted; later requests see a summary plus the tail.
 *
 * <p>The hosted event has no payload ({@code pre_compaction_tokens} is mentioned by the docs only). harness4j keeps
 * its compactions in the log, so its events carry three optional fields, left out of the JSON when absent (a hosted
 * event reads and writes unchanged): {@code pre_compaction_tokens}, the input tokens of the request that made the
 * compaction necessary; {@code summary}, the summary text (a harness4j extension); {@code compacted_messages}, how
 * many of the oldest projected messages it replaces (a harness4j extension).
 */
public record AgentThreadContextCompacted(
        String id,
        Long preCompactionTokens,
        String summary,
        Integer compactedMessages,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements AgentEvent {

    /** The wire type. */
    public static final String TYPE = "agent.thread_context_compacted";

    /** Validates the fields. */
    public AgentThreadContextCompacted {
        Require.present(id, TYPE, "id");
        if (preCompactionTokens != null && preCompactionTokens < 0) {
            throw new EventValidationException(TYPE + ": pre_compaction_tokens must not be negative");
        }
        if (compactedMessages != null && compactedMessages < 1) {
            throw new EventValidationException(TYPE + ": compacted_messages must be at least 1");
        }
        if ((summary == null) != (compactedMessages == null)) {
            throw new EventValidationException(TYPE + ": summary and compacted_messages go together");
        }
    }

    /** The hosted shape: no payload. */
    public AgentThreadContextCompacted(String id, Instant processedAt) {
        this(id, null, null, null, processedAt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}

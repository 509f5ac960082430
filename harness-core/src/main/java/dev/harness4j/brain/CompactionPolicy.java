package dev.harness4j.brain;

import dev.harness4j.InvalidRequestException;
import java.util.Objects;

/**
 * When and how {@link ModelBrain} compacts a long conversation. When the latest model request's input (input plus
 * cache creation plus cache read tokens, from its {@code span.model_request_end}) exceeds {@code thresholdTokens}, the
 * older part of the conversation is summarised by the model in a separate request (this instruction as the system
 * prompt, the older messages as a transcript, no tools) and later requests carry "summary + the most recent messages".
 * When a compaction does not bring the next request under the threshold {@code maxIneffectiveAttempts} times in a row,
 * the brain stops compacting and the turn ends with a {@code compaction_limit_reached_error}.
 *
 * @param thresholdTokens        input tokens above which the next request is compacted first
 * @param keepRecentMessages     at least this many of the most recent messages stay verbatim (the cut moves earlier
 *                               to a point that never separates a tool call from its result)
 * @param maxIneffectiveAttempts compactions in a row that may leave the next request over the threshold
 * @param instruction            the system prompt of the summarisation request
 */
public record CompactionPolicy(long thresholdTokens, int keepRecentMessages, int maxIneffectiveAttempts,
                               String instruction) {
    /** The default summarisation instruction. */
    public static final String DEFAULT_INSTRUCTION = "You compact an agent's working context. Summarise the "
            + "conversation transcript you are given so that the agent can continue the task from the summary alone: "
            + "the user's goals and instructions, decisions taken, files and commands involved, tool results that "
            + "still matter, errors met and what remains to be done. Reply with the summary only.";
    /** The default: compact above 150,000 input tokens, keep the 6 most recent messages, give up after 2 tries. */
    public static final CompactionPolicy DEFAULTS = new CompactionPolicy(150_000, 6, 2, DEFAULT_INSTRUCTION);
    /** Never compact. */
    public static final CompactionPolicy DISABLED = new CompactionPolicy(Long.MAX_VALUE, 6, 2, DEFAULT_INSTRUCTION);

    /** Validates the policy. */
    public CompactionPolicy {
        if (thresholdTokens < 1) {
            throw new InvalidRequestException("compaction thresholdTokens must be at least 1, got " + thresholdTokens);
        }
        if (keepRecentMessages < 1) {
            throw new InvalidRequestException("compaction keepRecentMessages must be at least 1, got "
                    + keepRecentMessages);
        }
        if (maxIneffectiveAttempts < 1) {
            throw new InvalidRequestException("compaction maxIneffectiveAttempts must be at least 1, got "
                    + maxIneffectiveAttempts);
        }
        Objects.requireNonNull(instruction, "instruction");
        if (instruction.isBlank()) {
            throw new InvalidRequestException("the compaction instruction is blank");
        }
    }

    /** This policy with another threshold. */
    public CompactionPolicy withThresholdTokens(long thresholdTokens) {
        return new CompactionPolicy(thresholdTokens, keepRecentMessages, maxIneffectiveAttempts, instruction);
    }

    /** This policy keeping another number of recent messages. */
    public CompactionPolicy withKeepRecentMessages(int keepRecentMessages) {
        return new CompactionPolicy(thresholdTokens, keepRecentMessages, maxIneffectiveAttempts, instruction);
    }

    /** Whether this policy ever compacts. */
    public boolean enabled() {
        return thresholdTokens != Long.MAX_VALUE;
    }
}

package dev.harness4j.usage;

import dev.harness4j.InvalidRequestException;

/**
 * Usage limits of every session of a harness.
 *
 * @param maxListCost          the session budget ({@code budget.max_list_cost}); when a session's list cost reaches
 *                             it, the session idles with {@code budget_reached} before its next model call; null for
 *                             no budget (the default). Needs a {@link PriceTable} pricing the agent's model.
 * @param maxRepeatedToolCalls the stuck-loop guard: when the same tool is called with the same input and gets the
 *                             same result this many times in a row, the turn ends with a {@code session.error} naming
 *                             the call; default 5, at least 2
 */
public record UsageLimits(ListCost maxListCost, int maxRepeatedToolCalls) {
    /** The defaults: no budget, a stuck loop is five identical calls with identical results in a row. */
    public static final UsageLimits DEFAULTS = new UsageLimits(null, 5);

    /** Validates the limits. */
    public UsageLimits {
        if (maxRepeatedToolCalls < 2) {
            throw new InvalidRequestException("maxRepeatedToolCalls must be at least 2, got " + maxRepeatedToolCalls);
        }
    }

    /** These limits with a budget. */
    public UsageLimits withMaxListCost(ListCost maxListCost) {
        return new UsageLimits(maxListCost, maxRepeatedToolCalls);
    }

    /** These limits with another stuck-loop threshold. */
    public UsageLimits withMaxRepeatedToolCalls(int n) {
        return new UsageLimits(maxListCost, n);
    }
}

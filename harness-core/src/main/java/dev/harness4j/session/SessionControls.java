package dev.harness4j.session;

import dev.harness4j.usage.Budget;
import dev.harness4j.usage.PriceTable;
import dev.harness4j.usage.UsageLimits;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the runtime controls every session of a harness: the retry policy for transient model errors, the sleeper and
 * random source behind its backoff, the usage limits (budget, repeated tool calls) and the price table behind
 * {@code list_cost}.
 *
 * @param random the jitter source; shared by the sessions of a harness, so it is only used under its own lock
 */
public record SessionControls(RetryPolicy retry, Sleeper sleeper, RandomGenerator random, UsageLimits usageLimits,
                              PriceTable prices) {
    /** Validates that every part is present. */
    public SessionControls {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(usageLimits, "usageLimits");
        Objects.requireNonNull(prices, "prices");
    }

    /** These controls with a session's own budget in place of the default one (unchanged when it has none). */
    SessionControls forBudget(Budget budget) {
        return budget == null ? this : new SessionControls(retry, sleeper, random,
                usageLimits.withMaxListCost(budget.maxListCost()), prices);
    }

    /** A uniform random number in [0, 1) from the shared source. */
    double nextRandom() {
        synchronized (random) {
            return random.nextDouble();
        }
    }
}

package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a session retries transient model errors (rate limit, overload, timeout, 5xx): up to {@code maxRetries} more
 * attempts per model request, waiting {@code min(maxDelay, baseDelay × factor^(retry-1))} before each, scaled by a
 * jitter factor drawn uniformly from [1 − jitter, 1] ("equal jitter" when {@code jitter} is 0.5).
 *
 * <p>The harness retries; build LangChain4j chat models with {@code maxRetries(0)} (for example
 * {@code AnthropicChatModel.builder().maxRetries(0)}) so the two retry loops do not multiply.
 *
 * @param baseDelay  the wait before the first retry (before jitter)
 * @param factor     the growth of the wait per retry, at least 1
 * @param maxDelay   the cap of the wait (before jitter)
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param jitter     the fraction of the wait that is random, in [0, 1]
 */
public record RetryPolicy(Duration baseDelay, double factor, Duration maxDelay, int maxRetries, double jitter) {
    /** The default: 1 s doubling up to 60 s, 5 retries, half of each wait random. */
    public static final RetryPolicy DEFAULTS =
            new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 5, 0.5);
    /** No retries: a transient error ends the turn at once ({@code retries_exhausted}). */
    public static final RetryPolicy NONE = new RetryPolicy(Duration.ZERO, 1.0, Duration.ZERO, 0, 0.0);

    /** Validates the policy. */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new InvalidRequestException("retry delays must not be negative, got base " + baseDelay + " and max "
                    + maxDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new InvalidRequestException("retry maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
        }
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new InvalidRequestException("retry factor must be a finite number of at least 1, got " + factor);
        }
        if (maxRetries < 0) {
            throw new InvalidRequestException("maxRetries must not be negative, got " + maxRetries);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new InvalidRequestException("retry jitter must be within [0, 1], got " + jitter);
        }
    }

    /** This policy with another number of retries. */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return new RetryPolicy(baseDelay, factor, maxDelay, maxRetries, jitter);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry), given a uniform random number in [0, 1).
     */
    public Duration delay(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, got " + retry);
        }
        double nanos = baseDelay.toNanos() * Math.pow(factor, retry - 1);
        double capped = Math.min(nanos, maxDelay.toNanos());
        double scale = 1.0 - jitter * Math.min(Math.max(random, 0.0), 1.0);
        return Duration.ofNanos((long) (capped * scale));
    }
}

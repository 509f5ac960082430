package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;

/**
 * Per-session loop limits: model calls allowed in answer to one user message (past it the turn ends with
 * {@code tool_use_limit_reached_error} and {@code retries_exhausted}). The reference documents no per-session turn
 * limit (§15.2: "max turns" unconfirmed), so there is none; usage limits are in {@link dev.harness4j.usage.UsageLimits}.
 */
public record SessionLimits(int maxModelCallsPerMessage) {
    /** The default: 100 model calls per user message. */
    public static final SessionLimits DEFAULTS = new SessionLimits(100);

    /** Validates the limits. */
    public SessionLimits {
        if (maxModelCallsPerMessage < 1) {
            throw new InvalidRequestException("maxModelCallsPerMessage must be at least 1, got " + maxModelCallsPerMessage);
        }
    }
}

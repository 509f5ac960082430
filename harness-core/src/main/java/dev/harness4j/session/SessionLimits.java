package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;

/** Per-session loop limits: model calls allowed in answer to one user message. */
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

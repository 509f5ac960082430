package dev.harness4j.usage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A session's {@code stats} (§5.1).
 *
 * @param activeSeconds   time in {@code running}, summed over threads
 * @param durationSeconds time since the session was created, frozen when it was terminated
 */
@JsonPropertyOrder({"active_seconds", "duration_seconds"})
public record SessionStats(double activeSeconds, double durationSeconds) {
}

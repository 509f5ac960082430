package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Stops the agent at a safe boundary; without a thread id it interrupts every thread. */
public record UserInterrupt(
        String id,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements UserEvent {

    /** The wire type. */
    public static final String TYPE = "user.interrupt";

    /** Validates the fields. */
    public UserInterrupt {
    }

    /** An interrupt of the whole session. */
    public static UserInterrupt all() {
        return new UserInterrupt(null, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public UserInterrupt stamped(String id, Instant processedAt) {
        return new UserInterrupt(id, sessionThreadId, processedAt);
    }
}

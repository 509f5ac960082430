package dev.harness4j.event;

import java.time.Instant;

/** An event the application sends to a session. */
public sealed interface UserEvent extends Event
        permits UserMessage, UserInterrupt, UserToolConfirmation, UserCustomToolResult, UserDefineOutcome {

    /** A copy with the id and processing time the session assigns. */
    UserEvent stamped(String id, Instant processedAt);
}

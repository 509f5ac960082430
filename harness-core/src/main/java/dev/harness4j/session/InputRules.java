package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.UserEvent;

/**
 * Checks that a user event may be sent to a session now; a refused event names the problem and nothing is appended.
 * Answers (confirmations, custom tool results) are checked against the open calls by {@link PendingActions}.
 */
final class InputRules {
    private InputRules() {
    }

    static void check(UserEvent event, String sessionId) {
        if (event == null) {
            throw new InvalidRequestException("cannot send a null event");
        }
        if (event.id() != null || event.processedAt() != null) {
            throw new InvalidRequestException(event.type() + ": id and processed_at are assigned by the session; send "
                    + "the event without them");
        }
    }
}

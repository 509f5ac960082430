package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserToolConfirmation;

/** Checks that a user event may be sent to a session now; a refused event names the problem and nothing is appended. */
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
        if (event instanceof UserToolConfirmation c) {
            throw new NotFoundException("pending tool use", c.toolUseId() + " (session " + sessionId
                    + " has no tool call waiting for confirmation)");
        }
        if (event instanceof UserCustomToolResult r) {
            throw new NotFoundException("pending custom tool use", r.customToolUseId() + " (session " + sessionId
                    + " has no custom tool call waiting for a result)");
        }
        if (event instanceof UserDefineOutcome) {
            throw new InvalidRequestException(UserDefineOutcome.TYPE + " is not supported by this version of harness4j "
                    + "yet; send a user.message instead");
        }
    }
}

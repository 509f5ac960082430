package dev.harness4j.log;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Event;
import java.util.List;

/** Argument checks every log shares, so that both implementations refuse the same input with the same words. */
final class Checks {
    private Checks() {
    }

    static String sessionId(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new InvalidRequestException("session id is required");
        }
        return sessionId;
    }

    /** Checks a batch before anything is appended: the list and its events present, every event with an id. */
    static void events(List<? extends Event> events) {
        if (events == null) {
            throw new InvalidRequestException("events are required");
        }
        int i = 0;
        for (Event e : events) {
            if (e == null) {
                throw new InvalidRequestException("events[" + i + "] is null; nothing was appended");
            }
            if (e.id() == null) {
                throw new InvalidRequestException("events[" + i + "] (" + e.type()
                        + ") has no id; nothing was appended");
            }
            i++;
        }
    }

    static void window(long from, int limit) {
        if (from < 0) {
            throw new InvalidRequestException("read offset must be >= 0, was " + from);
        }
        if (limit < 0) {
            throw new InvalidRequestException("read limit must be >= 0, was " + limit);
        }
    }

    static void from(long from) {
        if (from < 0) {
            throw new InvalidRequestException("subscribe offset must be >= 0, was " + from);
        }
    }

    static IllegalStateException closed() {
        return new IllegalStateException("event log is closed");
    }
}

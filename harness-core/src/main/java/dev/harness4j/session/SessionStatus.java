package dev.harness4j.session;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import java.util.Locale;

/** A session's status: {@code idle} (initial), {@code running}, {@code rescheduling} or {@code terminated}. */
public enum SessionStatus {
    /** Waiting for input. */
    IDLE,
    /** The agent is working. */
    RUNNING,
    /** A transient error; retrying automatically. */
    RESCHEDULING,
    /** Ended by an unrecoverable error; irreversible. */
    TERMINATED;

    /** The wire name. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a status event moves the session to, or null when the event is not a status event. */
    static SessionStatus after(Event e) {
        if (e instanceof SessionStatusIdle) {
            return IDLE;
        }
        if (e instanceof SessionStatusRunning) {
            return RUNNING;
        }
        if (e instanceof SessionStatusRescheduled) {
            return RESCHEDULING;
        }
        if (e instanceof SessionStatusTerminated) {
            return TERMINATED;
        }
        return null;
    }
}

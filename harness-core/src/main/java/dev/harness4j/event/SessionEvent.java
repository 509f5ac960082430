package dev.harness4j.event;

/** A session status or error event. */
public sealed interface SessionEvent extends Event
        permits SessionStatusRunning, SessionStatusIdle, SessionStatusRescheduled, SessionStatusTerminated,
        SessionError, SessionDeleted {
}

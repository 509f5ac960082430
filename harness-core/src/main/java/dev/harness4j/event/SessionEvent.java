package dev.harness4j.event;

/** A session status or error event, including the status events of session threads. */
public sealed interface SessionEvent extends Event
        permits SessionStatusRunning, SessionStatusIdle, SessionStatusRescheduled, SessionStatusTerminated,
        SessionError, SessionDeleted, SessionThreadCreated, SessionThreadStatusRunning, SessionThreadStatusIdle,
        SessionThreadStatusRescheduled, SessionThreadStatusTerminated {
}

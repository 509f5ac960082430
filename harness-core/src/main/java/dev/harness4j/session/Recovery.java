package dev.harness4j.session;

import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.log.EventLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a session's log says about where the session stands: its status, the user events that were accepted but not
 * processed yet, and — when a turn was in progress or waiting for the user — the events since the turn's last model
 * request ({@code tail}), from which {@link ResumePlan} rebuilds the pending tool calls. It reads backwards from the
 * end and stops as soon as it knows, so waking a session costs what happened since its last processed input or model
 * request, not the length of the session.
 *
 * @param tail the events from the last {@code span.model_request_start} on, or empty when no turn is open
 */
record Recovery(SessionStatus status, List<UserEvent> unprocessed, List<Event> tail) {
    private static final int WINDOW = 256;

    /** A fresh session: idle, nothing queued, no open turn. */
    static Recovery fresh() {
        return new Recovery(SessionStatus.IDLE, List.of(), List.of());
    }

    static Recovery scan(EventLog log, String sessionId) {
        long end = log.size(sessionId);
        SessionStatus status = null;
        boolean turnOpen = false;
        Set<String> processed = new HashSet<>();
        Deque<UserEvent> queued = new ArrayDeque<>();
        Deque<Event> tail = new ArrayDeque<>();
        String lastProcessedId = null;
        boolean inputsKnown = false;
        boolean tailKnown = false;
        boolean beforeLastProcessed = false;
        for (long hi = end; hi > 0 && !(inputsKnown && tailKnown); hi -= WINDOW) {
            long lo = Math.max(0, hi - WINDOW);
            List<Event> window = log.read(sessionId, lo, (int) (hi - lo));
            for (int i = window.size() - 1; i >= 0 && !(inputsKnown && tailKnown); i--) {
                Event e = window.get(i);
                if (status == null) {
                    status = SessionStatus.after(e);
                    if (status != null) {
                        turnOpen = status == SessionStatus.RUNNING || status == SessionStatus.RESCHEDULING
                                || e instanceof SessionStatusIdle idle && idle.requiresAction();
                        tailKnown |= !turnOpen;
                    }
                }
                if (!tailKnown) {
                    if ((e instanceof UserMessage || e instanceof UserDefineOutcome) && e.processedAt() != null) {
                        // The turn began here and made no model request yet.
                        tail.clear();
                        tailKnown = true;
                    } else {
                        tail.addFirst(e);
                        tailKnown = e instanceof SpanModelRequestStart;
                    }
                }
                if (e instanceof UserEvent u && !inputsKnown) {
                    if (u.processedAt() != null) {
                        processed.add(u.id());
                        if (lastProcessedId == null && !(u instanceof UserInterrupt) && !SessionRunner.isAnswer(u)) {
                            lastProcessedId = u.id();
                        }
                    } else if (u.id().equals(lastProcessedId)) {
                        // Inputs are processed in order (interrupts and answers may jump ahead, never fall behind):
                        // everything queued before this one was processed too.
                        beforeLastProcessed = true;
                        inputsKnown = status != null;
                    } else if (!beforeLastProcessed && !processed.contains(u.id())) {
                        queued.addFirst(u);
                    }
                }
            }
        }
        if (!turnOpen || !tailKnown) {
            tail.clear();
        }
        return new Recovery(status == null ? SessionStatus.IDLE : status, new ArrayList<>(queued),
                new ArrayList<>(tail));
    }
}

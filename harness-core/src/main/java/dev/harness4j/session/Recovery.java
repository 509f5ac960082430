package dev.harness4j.session;

import dev.harness4j.event.Event;
import dev.harness4j.event.UserEvent;
import dev.harness4j.log.EventLog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a session's log says about where the session stands: its status and the user events that were accepted but
 * not processed yet. It reads backwards from the end and stops as soon as it knows, so waking a session costs what
 * happened since its last processed input, not the length of the session.
 */
record Recovery(SessionStatus status, List<UserEvent> unprocessed) {
    private static final int WINDOW = 256;

    static Recovery scan(EventLog log, String sessionId) {
        long end = log.size(sessionId);
        SessionStatus status = null;
        Set<String> processed = new HashSet<>();
        Deque<UserEvent> queued = new ArrayDeque<>();
        String lastProcessedId = null;
        boolean done = false;
        boolean beforeLastProcessed = false;
        for (long hi = end; hi > 0 && !done; hi -= WINDOW) {
            long lo = Math.max(0, hi - WINDOW);
            List<Event> window = log.read(sessionId, lo, (int) (hi - lo));
            for (int i = window.size() - 1; i >= 0 && !done; i--) {
                Event e = window.get(i);
                if (status == null) {
                    status = SessionStatus.after(e);
                }
                if (e instanceof UserEvent u) {
                    if (u.processedAt() != null) {
                        processed.add(u.id());
                        if (lastProcessedId == null) {
                            lastProcessedId = u.id();
                        }
                    } else if (u.id().equals(lastProcessedId)) {
                        // Inputs are processed in order: everything queued before this one was processed too.
                        beforeLastProcessed = true;
                        done = status != null;
                    } else if (!beforeLastProcessed && !processed.contains(u.id())) {
                        queued.addFirst(u);
                    }
                }
            }
        }
        return new Recovery(status == null ? SessionStatus.IDLE : status, new ArrayList<>(queued));
    }
}

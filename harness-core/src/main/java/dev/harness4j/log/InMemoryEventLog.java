package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link EventLog} held in memory: thread-safe, appends to one session serialized, reads lock-free and copying
 * only the requested window. Nothing survives the process; use it for tests and short-lived sessions.
 */
public final class InMemoryEventLog implements EventLog {
    private final ConcurrentHashMap<String, MemorySession> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Creates an empty log. */
    public InMemoryEventLog() {
    }

    @Override
    public long append(String sessionId, List<? extends Event> events) {
        Checks.sessionId(sessionId);
        Checks.events(events);
        if (events.isEmpty()) {
            return size(sessionId);
        }
        while (true) {
            MemorySession session = live(sessionId);
            long offset = session.append(events);
            if (offset >= 0) {
                session.signal().fire();
                return offset;
            }
            sessions.remove(sessionId, session); // deleted under us: append to a fresh log
        }
    }

    @Override
    public List<Event> read(String sessionId, long from, int limit) {
        Checks.sessionId(sessionId);
        Checks.window(from, limit);
        ensureOpen();
        MemorySession session = sessions.get(sessionId);
        return session == null ? List.of() : session.read(from, limit);
    }

    @Override
    public long size(String sessionId) {
        Checks.sessionId(sessionId);
        ensureOpen();
        MemorySession session = sessions.get(sessionId);
        return session == null ? 0 : session.size();
    }

    @Override
    public EventStream subscribe(String sessionId, long from) {
        Checks.sessionId(sessionId);
        Checks.from(from);
        return new Subscription(live(sessionId), from);
    }

    @Override
    public void delete(String sessionId) {
        Checks.sessionId(sessionId);
        ensureOpen();
        MemorySession session = sessions.remove(sessionId);
        if (session != null) {
            session.detach();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (MemorySession session : sessions.values()) {
            session.detach();
        }
        sessions.clear();
    }

    private MemorySession live(String sessionId) {
        ensureOpen();
        MemorySession session = sessions.get(sessionId);
        if (session == null) {
            session = sessions.computeIfAbsent(sessionId, id -> new MemorySession());
        }
        if (closed) { // closed while we created it: make sure it is ended too
            session.detach();
            throw Checks.closed();
        }
        return session;
    }

    private void ensureOpen() {
        if (closed) {
            throw Checks.closed();
        }
    }

    @Override
    public String toString() {
        return "InMemoryEventLog[" + sessions.size() + " sessions" + (closed ? ", closed]" : "]");
    }
}

package dev.harness4j.session.kill;

import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.log.EventLog;
import dev.harness4j.log.EventStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A file log that reports every appended event (after the append returned: acknowledged) and freezes the process's
 * writers at a chosen append — before it ({@code before-k}) or after it ({@code after-k}) — so the kill test kills a
 * child at an exact point of the session's history.
 */
final class FreezingLog implements EventLog {
    private final EventLog delegate;
    private final int freezeBefore;
    private final int freezeAfter;
    private final Consumer<String> out;
    private final String label;
    private final CountDownLatch never = new CountDownLatch(1);
    private int appends;

    /** {@code point} is {@code before-k}, {@code after-k} or {@code none}. */
    FreezingLog(EventLog delegate, String point, String label, Consumer<String> out) {
        this.delegate = delegate;
        this.label = label;
        this.out = out;
        this.freezeBefore = point.startsWith("before-") ? Integer.parseInt(point.substring(7)) : Integer.MAX_VALUE;
        this.freezeAfter = point.startsWith("after-") ? Integer.parseInt(point.substring(6)) : Integer.MAX_VALUE;
    }

    /** How many appends were made. */
    synchronized int appends() {
        return appends;
    }

    @Override
    public long append(String sessionId, List<? extends Event> events) {
        int n;
        synchronized (this) {
            n = ++appends;
        }
        if (n >= freezeBefore) {
            freeze();
        }
        long result = delegate.append(sessionId, events);
        for (Event e : events) {
            boolean ra = e instanceof SessionStatusIdle idle && idle.requiresAction();
            out.accept("ACK " + label + " " + e.id() + " " + e.type() + (ra ? " RA" : ""));
        }
        if (n >= freezeAfter) {
            freeze();
        }
        return result;
    }

    /** Blocks the writer until the process is killed; interrupts (a closing harness) do not release it. */
    private void freeze() {
        out.accept("FROZEN " + label);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // stay frozen: nothing may be appended after the freeze point
            }
        }
    }

    @Override
    public List<Event> read(String sessionId, long from, int limit) {
        return delegate.read(sessionId, from, limit);
    }

    @Override
    public long size(String sessionId) {
        return delegate.size(sessionId);
    }

    @Override
    public EventStream subscribe(String sessionId, long from) {
        return delegate.subscribe(sessionId, from);
    }

    @Override
    public void delete(String sessionId) {
        delegate.delete(sessionId);
    }

    @Override
    public void close() {
        delegate.close();
    }
}

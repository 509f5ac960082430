package dev.harness4j.session;

import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.log.EventStream;
import dev.harness4j.test.junit.HarnessFixture;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Waiting on a session's log for conditions, with the fixture's generous timeout. */
final class Waits {
    private Waits() {
    }

    /** Waits for the {@code n}-th {@code session.status_idle} of any stop reason; returns the history. */
    static List<Event> idles(Session s, int n) {
        int[] seen = {0};
        return until(s, e -> e instanceof SessionStatusIdle && ++seen[0] == n);
    }

    /** Waits until an event matching {@code p} is in the log; returns the history at that point or later. */
    static List<Event> until(Session s, Predicate<Event> p) {
        long deadline = System.nanoTime() + HarnessFixture.TIMEOUT.toNanos();
        try (EventStream stream = s.stream(0)) {
            while (true) {
                Event e = stream.poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (e == null) {
                    throw new AssertionError("condition not met within " + HarnessFixture.TIMEOUT + "; events: "
                            + s.events().stream().map(Event::type).toList());
                }
                if (p.test(e)) {
                    return s.events();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

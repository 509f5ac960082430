package dev.harness4j.hands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionResourcesTest {

    static final class Res implements AutoCloseable {
        final String name;
        final List<String> closed;

        Res(String name, List<String> closed) {
            this.name = name;
            this.closed = closed;
        }

        @Override
        public void close() {
            closed.add(name);
        }
    }

    static final class Other implements AutoCloseable {
        final List<String> closed;

        Other(List<String> closed) {
            this.closed = closed;
        }

        @Override
        public void close() {
            closed.add("other");
        }
    }

    @Test
    void oneInstancePerTypeClosedNewestFirstAndRefusedAfterClose() {
        List<String> closed = new ArrayList<>();
        SessionResources r = new SessionResources();
        AtomicInteger created = new AtomicInteger();
        Res a = r.get(Res.class, () -> new Res("a" + created.incrementAndGet(), closed));
        assertSame(a, r.get(Res.class, () -> new Res("never", closed)));
        r.get(Other.class, () -> new Other(closed));
        r.discard(Res.class);
        assertEquals(List.of("a1"), closed);
        Res b = r.get(Res.class, () -> new Res("b" + created.incrementAndGet(), closed));
        assertEquals("b2", b.name);
        r.close();
        assertEquals(List.of("a1", "b2", "other"), closed);
        assertThrows(IllegalStateException.class, () -> r.get(Res.class, () -> new Res("late", closed)));
    }

    @Test
    void cancellationRunsActionsOnceAndLateRegistrationsAtOnce() throws Exception {
        Cancellation c = new Cancellation();
        AtomicInteger runs = new AtomicInteger();
        AutoCloseable removed = c.onCancel(() -> runs.addAndGet(100));
        c.onCancel(runs::incrementAndGet);
        removed.close();
        c.cancel();
        c.cancel();
        assertTrue(c.isCancelled());
        assertEquals(1, runs.get());
        c.onCancel(runs::incrementAndGet);
        assertEquals(2, runs.get());
    }
}

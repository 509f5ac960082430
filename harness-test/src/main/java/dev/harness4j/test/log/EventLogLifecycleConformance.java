package dev.harness4j.test.log;

import static dev.harness4j.test.log.ConformanceEvents.concat;
import static dev.harness4j.test.log.ConformanceEvents.event;
import static dev.harness4j.test.log.ConformanceEvents.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.Event;
import dev.harness4j.log.EventLog;
import dev.harness4j.log.EventStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-up, the hooks and the concurrency, closing and durability half of the {@link EventLog} contract; extend
 * {@link EventLogConformance}, which adds the rest.
 */
public abstract class EventLogLifecycleConformance {
    /** The bound on every wait; the tests never sleep to synchronise. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A session id the tests use. */
    protected static final String S1 = "sesn_conformance_1";
    /** Another session id the tests use. */
    protected static final String S2 = "sesn_conformance_2";

    /** The log under test: fresh and empty for each test. */
    protected EventLog log;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private ExecutorService pool;

    /** Creates a fresh, empty log; called once before each test. */
    protected abstract EventLog createLog() throws Exception;

    /**
     * Opens the same storage again after {@code closedLog} was closed, or returns null if the log is not durable
     * (the default), which skips the durability tests.
     */
    protected EventLog reopen(EventLog closedLog) throws Exception {
        return null;
    }

    /**
     * Simulates a crash part-way through one more append to a session of the closed log: leaves a partial record
     * after the last complete one in its storage. The default cannot, which skips the torn-write test.
     */
    protected void tearLastWrite(EventLog closedLog, String sessionId) throws Exception {
        throw new UnsupportedOperationException("this log cannot simulate a torn write");
    }

    @BeforeEach
    final void openLog() throws Exception {
        pool = Executors.newCachedThreadPool();
        log = createLog();
        assertNotNull(log, "createLog() returned null");
        resources.add(log);
    }

    @AfterEach
    final void closeEverything() throws Exception {
        pool.shutdownNow();
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        assertTrue(pool.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "test threads did not stop");
    }

    /** Closes the stream after the test. */
    protected final EventStream track(EventStream stream) {
        resources.add(stream);
        return stream;
    }

    /** Runs a task on a test thread (stopped after the test). */
    protected final <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    @Test
    void concurrentAppendersToOneSessionLoseNothing() throws Exception {
        appendConcurrently(8, 500, 1, 1);
    }

    @Test
    void concurrentAppendersToSeveralSessionsLoseNothing() throws Exception {
        appendConcurrently(8, 500, 4, 3);
    }

    /** Each thread appends {@code perThread} events in batches of 1 to {@code maxBatch}, round-robin over sessions. */
    private void appendConcurrently(int threads, int perThread, int sessions, int maxBatch) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String tag = "t" + t;
            results.add(submit(() -> {
                List<long[]> appends = new ArrayList<>(); // {session, offset, first n, count}
                assertTrue(start.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
                int n = 0;
                for (int i = 0; n < perThread; i++) {
                    int count = Math.min(1 + i % maxBatch, perThread - n);
                    int session = i % sessions;
                    long offset = log.append(session(session), events(tag, n, count));
                    appends.add(new long[] {session, offset, n, count});
                    n += count;
                }
                return appends;
            }));
        }
        start.countDown();
        List<List<long[]>> byThread = new ArrayList<>();
        long[] expectedSizes = new long[sessions];
        for (Future<List<long[]>> result : results) {
            List<long[]> appends = result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            byThread.add(appends);
            long[] last = new long[sessions];
            Arrays.fill(last, -1);
            for (long[] a : appends) {
                int s = (int) a[0];
                assertTrue(a[1] > last[s], "offsets a thread receives must strictly increase");
                last[s] = a[1];
                expectedSizes[s] += a[3];
            }
        }
        Set<String> ids = new HashSet<>();
        List<List<Event>> stored = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            assertEquals(expectedSizes[s], log.size(session(s)));
            List<Event> events = log.read(session(s), 0, Integer.MAX_VALUE);
            assertEquals(expectedSizes[s], events.size());
            events.forEach(e -> assertTrue(ids.add(e.id()), "duplicate " + e.id()));
            stored.add(events);
        }
        assertEquals(threads * perThread, ids.size());
        for (int t = 0; t < threads; t++) {
            for (long[] a : byThread.get(t)) {
                List<Event> at = stored.get((int) a[0]).subList((int) a[1], (int) (a[1] + a[3]));
                assertEquals(events("t" + t, (int) a[2], (int) a[3]), at, "events at the returned offset");
            }
        }
    }

    private static String session(int i) {
        return "sesn_concurrent_" + i;
    }

    @Test
    void closingTheLogEndsItsStreams() throws Exception {
        log.append(S1, events("close", 0, 2));
        EventStream known = track(log.subscribe(S1, 2));
        EventStream unknown = track(log.subscribe("sesn_unknown", 0));
        CountDownLatch taking = new CountDownLatch(2);
        Future<Event> first = submit(() -> {
            taking.countDown();
            return known.take();
        });
        Future<Event> second = submit(() -> {
            taking.countDown();
            return unknown.take();
        });
        assertTrue(taking.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        log.close();
        assertNull(first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertNull(second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        log.close(); // idempotent
        assertThrows(IllegalStateException.class, () -> log.append(S1, events("close", 2, 1)));
        assertThrows(IllegalStateException.class, () -> log.read(S1, 0, 1));
        assertThrows(IllegalStateException.class, () -> log.subscribe(S1, 0));
    }

    @Test
    void reopenedLogHasTheSameEventsAndAppendsContinue() throws Exception {
        List<Event> one = concat(events("durable", 0, 3), events("durable", 3, 4));
        log.append(S1, events("durable", 0, 3));
        log.append(S1, events("durable", 3, 4));
        log.append(S2, events("other", 0, 2));
        log.close();
        EventLog reopened = reopenOrSkip(log);
        assertEquals(7, reopened.size(S1));
        assertEquals(one, reopened.read(S1, 0, 100));
        assertEquals(events("other", 0, 2), reopened.read(S2, 0, 100));
        assertEquals(events("durable", 5, 2), reopened.read(S1, 5, 100));
        assertEquals(7, reopened.append(S1, events("durable", 7, 2)));
        assertEquals(events("durable", 0, 9), reopened.read(S1, 0, 100));
        EventStream stream = track(reopened.subscribe(S1, 6));
        assertEquals(event("durable", 6), stream.take());
        reopened.close();
        EventLog again = reopenOrSkip(reopened);
        assertEquals(events("durable", 0, 9), again.read(S1, 0, 100));
    }

    @Test
    void reopenAfterATornWriteDropsOnlyTheTornRecord() throws Exception {
        log.append(S1, events("torn", 0, 3));
        log.append(S1, events("torn", 3, 2));
        log.append(S2, events("intact", 0, 2));
        log.close();
        try {
            tearLastWrite(log, S1);
        } catch (UnsupportedOperationException unsupported) {
            Assumptions.abort("tearLastWrite is not supported: " + unsupported.getMessage());
        }
        EventLog reopened = reopenOrSkip(log);
        assertEquals(5, reopened.size(S1));
        assertEquals(events("torn", 0, 5), reopened.read(S1, 0, 100));
        assertEquals(5, reopened.append(S1, events("torn", 5, 1)));
        assertEquals(events("torn", 0, 6), reopened.read(S1, 0, 100));
        assertEquals(events("intact", 0, 2), reopened.read(S2, 0, 100));
        reopened.close();
        assertEquals(events("torn", 0, 6), reopenOrSkip(reopened).read(S1, 0, 100));
    }

    private EventLog reopenOrSkip(EventLog closed) throws Exception {
        EventLog reopened = reopen(closed);
        Assumptions.assumeTrue(reopened != null, "the log is not durable (reopen returned null)");
        resources.add(reopened);
        return reopened;
    }
}

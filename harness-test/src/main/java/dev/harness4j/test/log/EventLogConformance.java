package dev.harness4j.test.log;

import static dev.harness4j.test.log.ConformanceEvents.concat;
import static dev.harness4j.test.log.ConformanceEvents.event;
import static dev.harness4j.test.log.ConformanceEvents.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Event;
import dev.harness4j.event.UserMessage;
import dev.harness4j.log.EventLog;
import dev.harness4j.log.EventStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventLog} keeps. Extend it and implement {@link #createLog()} (a fresh, empty log per
 * test); a durable log also overrides {@link #reopen} and {@link #tearLastWrite}, or those tests are skipped.
 * Concurrency and durability tests live in {@link EventLogLifecycleConformance}, which this class extends.
 */
public abstract class EventLogConformance extends EventLogLifecycleConformance {

    @Test
    void appendKeepsOrderAndReturnsFirstOffsets() {
        List<Event> a = events("order", 0, 3);
        List<Event> b = events("order", 3, 1);
        List<Event> c = events("order", 4, 5);
        assertEquals(0, log.append(S1, a));
        assertEquals(3, log.append(S1, b));
        assertEquals(4, log.append(S1, c));
        assertEquals(9, log.size(S1));
        assertEquals(concat(a, b, c), log.read(S1, 0, 100));
        assertEquals(concat(a, b, c), log.read(S1, 0, Integer.MAX_VALUE));
    }

    @Test
    void sessionsAreIndependent() {
        log.append(S1, events("one", 0, 2));
        log.append(S2, events("two", 0, 3));
        assertEquals(2, log.append(S1, events("one", 2, 1)));
        assertEquals(events("one", 0, 3), log.read(S1, 0, 10));
        assertEquals(events("two", 0, 3), log.read(S2, 0, 10));
    }

    @Test
    void unknownSessionIsEmpty() throws InterruptedException {
        assertEquals(0, log.size("sesn_unknown"));
        assertEquals(List.of(), log.read("sesn_unknown", 0, 10));
        assertEquals(List.of(), log.read("sesn_unknown", 5, 10));
        EventStream stream = log.subscribe("sesn_unknown", 0);
        assertNull(stream.poll(Duration.ZERO));
        stream.close();
        assertNull(stream.take());
        assertEquals(0, stream.position());
        assertEquals(0, log.size("sesn_unknown"));
    }

    @Test
    void emptyAppendIsANoOp() {
        assertEquals(0, log.append(S1, List.of()));
        assertEquals(0, log.size(S1));
        log.append(S1, events("noop", 0, 3));
        assertEquals(3, log.append(S1, List.of()));
        assertEquals(3, log.size(S1));
        assertEquals(events("noop", 0, 3), log.read(S1, 0, 10));
    }

    @Test
    void appendWithAnEventWithoutIdIsRefusedAndAppendsNothing() throws InterruptedException {
        log.append(S1, events("noid", 0, 2));
        EventStream stream = track(log.subscribe(S1, 2));
        List<Event> withoutId = List.of(event("noid", 2), UserMessage.text("queued, no id yet"));
        assertThrows(InvalidRequestException.class, () -> log.append(S1, withoutId));
        assertThrows(InvalidRequestException.class, () -> log.append(S1, Arrays.asList(event("noid", 2), null)));
        assertThrows(InvalidRequestException.class, () -> log.append(S2, withoutId));
        assertEquals(2, log.size(S1));
        assertEquals(0, log.size(S2));
        assertEquals(events("noid", 0, 2), log.read(S1, 0, 10));
        assertEquals(2, log.append(S1, List.of(event("noid", 3))));
        assertEquals(event("noid", 3), stream.poll(TIMEOUT), "the refused batch must not reach subscribers");
    }

    @Test
    void readReturnsTheRequestedWindow() {
        List<Event> all = events("window", 0, 10);
        log.append(S1, all);
        assertEquals(all.subList(0, 3), log.read(S1, 0, 3));
        assertEquals(all.subList(3, 7), log.read(S1, 3, 4));
        assertEquals(all.subList(8, 10), log.read(S1, 8, 5));
        assertEquals(all.subList(9, 10), log.read(S1, 9, 1));
        assertEquals(List.of(), log.read(S1, 10, 5));
        assertEquals(List.of(), log.read(S1, 11, 1));
        assertEquals(List.of(), log.read(S1, Long.MAX_VALUE, 1));
        assertEquals(List.of(), log.read(S1, 5, 0));
        assertThrows(InvalidRequestException.class, () -> log.read(S1, -1, 1));
        assertThrows(InvalidRequestException.class, () -> log.read(S1, 0, -1));
    }

    @Test
    void invalidArgumentsAreRefused() {
        assertThrows(InvalidRequestException.class, () -> log.append(null, events("bad", 0, 1)));
        assertThrows(InvalidRequestException.class, () -> log.append(S1, null));
        assertThrows(InvalidRequestException.class, () -> log.read(null, 0, 1));
        assertThrows(InvalidRequestException.class, () -> log.subscribe(S1, -1));
        assertEquals(0, log.size(S1));
    }

    @Test
    void readsNeverSeeHalfABatch() throws Exception {
        int batches = 300;
        int batch = 7;
        Future<?> writer = submit(() -> {
            for (int i = 0; i < batches; i++) {
                log.append(S1, events("atomic", i * batch, batch));
            }
            return null;
        });
        while (!writer.isDone()) {
            long size = log.size(S1);
            assertEquals(0, size % batch, "a reader saw part of a batch: size " + size);
            int next = log.read(S1, size, batch).size();
            assertTrue(next == 0 || next == batch, "a read saw part of a batch: " + next + " events");
        }
        writer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(events("atomic", 0, batches * batch), log.read(S1, 0, batches * batch));
    }

    @Test
    void subscribeReplaysThenGoesLiveWithoutGapOrDuplicate() throws Exception {
        int total = 2000;
        int from = 300;
        CountDownLatch reachedFrom = new CountDownLatch(1);
        Future<?> appender = submit(() -> {
            int n = 0;
            while (n < total) {
                int count = Math.min(1 + n % 5, total - n);
                log.append(S1, events("live", n, count));
                n += count;
                if (n >= from) {
                    reachedFrom.countDown();
                }
            }
            return null;
        });
        assertTrue(reachedFrom.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        EventStream stream = track(log.subscribe(S1, from));
        assertEquals(from, stream.position());
        List<Event> received = new ArrayList<>();
        String lastId = ConformanceEvents.id("live", total - 1);
        while (received.isEmpty() || !received.get(received.size() - 1).id().equals(lastId)) {
            Event e = stream.poll(TIMEOUT);
            assertNotNull(e, "stream stalled at offset " + stream.position());
            received.add(e);
        }
        appender.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(events("live", from, total - from), received);
        assertEquals(total, stream.position());
        assertNull(stream.poll(Duration.ZERO));
    }

    @Test
    void subscribeAtTheEndSeesOnlyNewEvents() throws InterruptedException {
        log.append(S1, events("end", 0, 5));
        EventStream stream = track(log.subscribe(S1, log.size(S1)));
        assertEquals(5, stream.position());
        assertNull(stream.poll(Duration.ZERO));
        log.append(S1, events("end", 5, 3));
        assertEquals(event("end", 5), stream.take());
        assertEquals(event("end", 6), stream.poll(TIMEOUT));
        assertEquals(event("end", 7), stream.take());
        assertEquals(8, stream.position());
    }

    @Test
    void pollTimesOutWhenNothingArrives() throws InterruptedException {
        EventStream stream = track(log.subscribe(S1, 0));
        assertNull(stream.poll(Duration.ofMillis(20)));
        assertEquals(0, stream.position());
    }

    @Test
    void iteratorDeliversReplayAndLiveEventsUntilClosed() throws Exception {
        List<Event> replay = events("iter", 0, 600);
        log.append(S1, replay);
        EventStream stream = track(log.subscribe(S1, 0));
        CountDownLatch replayed = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(1);
        Future<List<Event>> consumer = submit(() -> {
            List<Event> got = new ArrayList<>();
            for (Event e : stream) {
                got.add(e);
                if (got.size() == 600) {
                    replayed.countDown();
                } else if (got.size() == 610) {
                    all.countDown();
                }
            }
            return got;
        });
        assertTrue(replayed.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        log.append(S1, events("iter", 600, 10));
        assertTrue(all.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        stream.close();
        assertEquals(events("iter", 0, 610), consumer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertFalse(stream.iterator().hasNext());
    }

    @Test
    void closingAStreamEndsABlockedTake() throws Exception {
        EventStream stream = track(log.subscribe(S1, 0));
        CountDownLatch taking = new CountDownLatch(1);
        Future<Event> taker = submit(() -> {
            taking.countDown();
            return stream.take();
        });
        assertTrue(taking.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        stream.close();
        assertNull(taker.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        stream.close(); // idempotent
        log.append(S1, events("closed", 0, 1));
        assertNull(stream.take(), "a closed stream delivers nothing");
        assertNull(stream.poll(TIMEOUT));
    }

    @Test
    void interruptingTheIteratingThreadClosesTheStream() throws Exception {
        EventStream stream = track(log.subscribe(S1, 0));
        Iterator<Event> iterator = stream.iterator();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean hasNext = new AtomicBoolean(true);
        AtomicBoolean interruptFlag = new AtomicBoolean();
        Thread consumer = new Thread(() -> {
            started.countDown();
            hasNext.set(iterator.hasNext());
            interruptFlag.set(Thread.currentThread().isInterrupted());
            finished.countDown();
        }, "conformance-iterator");
        consumer.start();
        assertTrue(started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        consumer.interrupt();
        assertTrue(finished.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertFalse(hasNext.get(), "hasNext must be false after an interrupt");
        assertTrue(interruptFlag.get(), "the interrupt flag must be set again");
        log.append(S1, events("interrupted", 0, 1));
        assertNull(stream.poll(Duration.ZERO), "the interrupt must close the stream");
    }

    @Test
    void deleteRemovesTheLogAndEndsItsStreams() throws Exception {
        log.append(S1, events("del", 0, 5));
        log.append(S2, events("keep", 0, 3));
        EventStream replaying = track(log.subscribe(S1, 0));
        assertEquals(event("del", 0), replaying.take());
        EventStream waiting = track(log.subscribe(S1, 5));
        CountDownLatch taking = new CountDownLatch(1);
        Future<Event> taker = submit(() -> {
            taking.countDown();
            return waiting.take();
        });
        assertTrue(taking.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        log.delete(S1);
        assertNull(taker.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertNull(replaying.take(), "a stream on a deleted session ends");
        assertEquals(0, log.size(S1));
        assertEquals(List.of(), log.read(S1, 0, 10));
        assertEquals(events("keep", 0, 3), log.read(S2, 0, 10));
        assertEquals(0, log.append(S1, events("again", 0, 2)), "a deleted session starts afresh");
        assertEquals(events("again", 0, 2), log.read(S1, 0, 10));
        log.delete("sesn_never_existed");
        assertEquals(0, log.size("sesn_never_existed"));
    }
}

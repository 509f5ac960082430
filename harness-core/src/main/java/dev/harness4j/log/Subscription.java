package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The one implementation of "replay from an offset, then live": it reads bounded batches by position from a
 * {@link Feed} and, once caught up, waits on the feed's {@link Signal}. Reading by position makes gaps and duplicates
 * impossible; reading the signal's version before each read makes lost wake-ups impossible. It holds at most one
 * batch in memory.
 */
final class Subscription implements EventStream {
    /** Events fetched per read; bounds the memory a stream holds. */
    static final int BATCH = 256;

    private final Feed feed;
    private final Signal signal;
    private final ArrayDeque<Event> buffer = new ArrayDeque<>();
    private final BooleanSupplier isClosed = this::isClosed;
    private volatile long position;
    private volatile boolean closed;

    Subscription(Feed feed, long from) {
        this.feed = feed;
        this.signal = feed.signal();
        this.position = from;
    }

    @Override
    public Event take() throws InterruptedException {
        return next(Long.MAX_VALUE);
    }

    @Override
    public Event poll(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = timeout.isNegative() ? 0 : Long.MAX_VALUE;
        }
        return next(Math.max(0, nanos));
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            signal.wakeAll();
        }
    }

    private boolean isClosed() {
        return closed;
    }

    private Event next(long nanos) throws InterruptedException {
        while (true) {
            if (closed || signal.ended()) {
                close();
                buffer.clear();
                return null;
            }
            Event e = buffer.poll();
            if (e != null) {
                position = position + 1;
                return e;
            }
            long seen = signal.version();
            List<Event> batch;
            try {
                batch = feed.read(position, BATCH);
            } catch (RuntimeException failure) {
                if (closed || signal.ended()) {
                    continue; // the session or log went away under the read: end quietly
                }
                throw failure;
            }
            if (!batch.isEmpty()) {
                buffer.addAll(batch);
                continue;
            }
            if (nanos <= 0) {
                return null;
            }
            nanos = nanos == Long.MAX_VALUE ? forever(seen) : signal.await(seen, isClosed, nanos);
        }
    }

    private long forever(long seen) throws InterruptedException {
        signal.await(seen, isClosed, Long.MAX_VALUE);
        return Long.MAX_VALUE;
    }

    @Override
    public Iterator<Event> iterator() {
        return new Iterator<>() {
            private Event next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = take();
                    } catch (InterruptedException interrupted) {
                        close();
                        Thread.currentThread().interrupt();
                    }
                }
                return next != null;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("event stream is closed");
                }
                Event e = next;
                next = null;
                return e;
            }
        };
    }

    @Override
    public String toString() {
        return "EventStream[position=" + position + (closed ? ", closed]" : "]");
    }
}

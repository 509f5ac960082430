package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.time.Duration;

/**
 * A subscription: blocking iteration over a session's events from an offset; ends when closed.
 *
 * <p>One thread consumes a stream at a time; {@link #close()} may be called from any thread. The iterator blocks in
 * {@code hasNext()} until an event arrives or the stream is closed (then {@code hasNext()} is false); an interrupt of
 * the iterating thread closes the stream and re-sets the thread's interrupt flag.
 */
public interface EventStream extends AutoCloseable, Iterable<Event> {

    /** The next event, waiting as long as needed; null once the stream is closed. */
    Event take() throws InterruptedException;

    /** The next event, waiting at most {@code timeout}; null on timeout or when closed. */
    Event poll(Duration timeout) throws InterruptedException;

    /** The offset of the next event this stream will deliver. */
    long position();

    /** Stops the stream; a blocked take/iterator returns. Idempotent. */
    @Override
    void close();
}

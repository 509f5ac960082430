package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.util.List;

/**
 * Durable, ordered, per-session event store. Offsets are 0-based positions within one session's log.
 *
 * <p>Implementations are thread-safe. Once closed, every method but {@link #close()} throws
 * {@link IllegalStateException}; {@code close} is idempotent. A null or blank session id is refused with
 * {@link dev.harness4j.InvalidRequestException}.
 */
public interface EventLog extends AutoCloseable {

    /**
     * Appends events to a session's log atomically (all or none) and in order; returns the offset of the first one
     * (or the current size when the list is empty: an empty append is a no-op). Every event must be non-null and
     * have a non-null id; otherwise {@link dev.harness4j.InvalidRequestException} and nothing is appended. Returns
     * only once the events are as durable as the log's policy promises.
     */
    long append(String sessionId, List<? extends Event> events);

    /**
     * Up to {@code limit} events from offset {@code from} (empty if {@code from >= size});
     * {@link dev.harness4j.InvalidRequestException} if {@code from < 0} or {@code limit < 0}.
     */
    List<Event> read(String sessionId, long from, int limit);

    /** The number of events in a session's log (0 for an unknown session). */
    long size(String sessionId);

    /** Replays from offset {@code from}, then delivers live appends: no gap, no duplicate. */
    EventStream subscribe(String sessionId, long from);

    /** Removes a session's log (used when a session is deleted); open streams on it end. */
    void delete(String sessionId);

    /** Closes the log; open streams end. */
    @Override
    void close();
}

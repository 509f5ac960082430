package dev.harness4j.log;

import dev.harness4j.event.Event;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One session's events in memory: fixed-size chunks behind a directory, so appends never copy events and reads are
 * lock-free. Appends are serialized on the session; a volatile size publishes what they wrote.
 */
final class MemorySession implements Feed {
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private final Signal signal = new Signal();
    /** Replaced (never mutated in place below {@link #size}) when it grows; volatile so readers see filled chunks. */
    private volatile Event[][] chunks = new Event[1][];
    private volatile int size;
    /** Set under the session's monitor by delete or close; appends then go to a fresh session or fail. */
    private boolean detached;

    /** Appends a checked batch; returns its first offset, or -1 if this session was detached (retry on a fresh one). */
    synchronized long append(List<? extends Event> events) {
        if (detached) {
            return -1;
        }
        int start = size;
        int n = events.size();
        if ((long) start + n > Integer.MAX_VALUE - CHUNK) {
            throw new IllegalStateException("session log is full (" + start + " events)");
        }
        Event[][] dir = chunks;
        int needed = ((start + n - 1) >>> CHUNK_BITS) + 1;
        if (needed > dir.length) {
            dir = Arrays.copyOf(dir, Math.max(needed, dir.length * 2));
        }
        int i = start;
        for (Event e : events) {
            Event[] chunk = dir[i >>> CHUNK_BITS];
            if (chunk == null) {
                chunk = new Event[CHUNK];
                dir[i >>> CHUNK_BITS] = chunk;
            }
            chunk[i & MASK] = e;
            i++;
        }
        chunks = dir;
        size = i;
        return start;
    }

    /** Marks the session gone and ends its streams. */
    void detach() {
        synchronized (this) {
            detached = true;
        }
        signal.end();
    }

    int size() {
        return size;
    }

    @Override
    public List<Event> read(long from, int limit) {
        int n = size;
        if (from >= n || limit == 0) {
            return List.of();
        }
        int start = (int) from;
        int count = (int) Math.min(limit, n - from);
        Event[][] dir = chunks;
        Event[] out = new Event[count];
        int copied = 0;
        while (copied < count) {
            int i = start + copied;
            int inChunk = Math.min(CHUNK - (i & MASK), count - copied);
            System.arraycopy(dir[i >>> CHUNK_BITS], i & MASK, out, copied, inChunk);
            copied += inChunk;
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    @Override
    public Signal signal() {
        return signal;
    }
}

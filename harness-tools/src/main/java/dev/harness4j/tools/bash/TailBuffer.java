package dev.harness4j.tools.bash;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last {@code capacity} bytes written to it and counts the rest: memory stays at most {@code capacity}
 * however much a command prints. {@link #text()} decodes the kept tail as UTF-8, prefixed with
 * {@code [output truncated: N bytes dropped]} when anything was dropped.
 */
final class TailBuffer extends OutputStream {
    private static final int INITIAL = 8 * 1024;

    private final int capacity;
    private byte[] buf;
    /** Bytes written so far (all of them, kept or not). */
    private long total;

    TailBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.buf = new byte[Math.min(capacity, INITIAL)];
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        if (total + len <= capacity) {
            ensure((int) (total + len));
            System.arraycopy(b, off, buf, (int) total, len);
            total += len;
            return;
        }
        ensure(capacity);
        int from = off;
        int count = len;
        if (count > capacity) {
            // only the last capacity bytes can survive; account for the others without copying them
            from += count - capacity;
            total += count - capacity;
            count = capacity;
        }
        int pos = (int) (total % capacity);
        int first = Math.min(count, capacity - pos);
        System.arraycopy(b, from, buf, pos, first);
        System.arraycopy(b, from + first, buf, 0, count - first);
        total += count;
    }

    private void ensure(int size) {
        if (buf.length >= size) {
            return;
        }
        int grown = (int) Math.min(capacity, Math.max((long) size, 2L * buf.length));
        byte[] bigger = new byte[grown];
        System.arraycopy(buf, 0, bigger, 0, (int) Math.min(total, buf.length));
        buf = bigger;
    }

    /** Every byte written, kept or dropped. */
    synchronized long totalBytes() {
        return total;
    }

    /** The size of the backing array (never more than the capacity). */
    synchronized int retainedBytes() {
        return buf.length;
    }

    /** The kept output as text, with a truncation marker naming how many bytes were dropped. */
    synchronized String text() {
        if (total <= capacity) {
            return new String(buf, 0, (int) total, StandardCharsets.UTF_8);
        }
        byte[] ordered = new byte[capacity];
        int start = (int) (total % capacity);
        System.arraycopy(buf, start, ordered, 0, capacity - start);
        System.arraycopy(buf, 0, ordered, capacity - start, start);
        int skip = 0;
        // never start in the middle of a UTF-8 sequence: skip continuation bytes (at most 3)
        while (skip < 3 && skip < ordered.length && (ordered[skip] & 0xc0) == 0x80) {
            skip++;
        }
        long dropped = total - capacity + skip;
        return "[output truncated: " + dropped + " bytes dropped]\n"
                + new String(ordered, skip, ordered.length - skip, StandardCharsets.UTF_8);
    }
}

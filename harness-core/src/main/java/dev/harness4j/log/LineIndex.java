package dev.harness4j.log;

import java.util.Arrays;

/**
 * The byte position just past each line of a session file, so a read seeks instead of scanning. Entries are added
 * by the single writer (under its lock) and become visible to readers only when {@link #publish published}, which
 * happens once they are as durable as the policy promises.
 */
final class LineIndex {
    /** ends[i] is the file position just after line i's newline; volatile so readers see the grown array's copy. */
    private volatile long[] ends = new long[1024];
    /** Lines written to the file (writer only, under the writer's lock). */
    private volatile int written;
    /** Lines readers may see. */
    private volatile int published;

    /** Records one more line that ends (newline included) at {@code end}. Writer only. */
    void add(long end) {
        long[] a = ends;
        int n = written;
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            ends = a;
        }
        a[n] = end;
        written = n + 1;
    }

    /** Forgets written lines from {@code count} on (a failed write). Writer only; never below {@link #published}. */
    void truncate(int count) {
        written = Math.max(count, published);
    }

    /** Forgets everything (a failed load, before anything was published). */
    void clear() {
        written = 0;
        published = 0;
    }

    /** Makes lines below {@code count} visible to readers. */
    void publish(int count) {
        if (count > published) {
            published = count;
        }
    }

    int written() {
        return written;
    }

    int published() {
        return published;
    }

    /** The position just past line {@code i}, or 0 for {@code i == -1}. */
    long end(int i) {
        return i < 0 ? 0 : ends[i];
    }

    /** The position where line {@code i} starts. */
    long start(int i) {
        return end(i - 1);
    }

    /** The file position just past the last written line. */
    long writtenEnd() {
        return end(written - 1);
    }
}

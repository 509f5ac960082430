package dev.harness4j.log;

import dev.harness4j.HarnessException;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's JSON-lines file: its offset index, its reads and its life cycle (lazy load with torn-tail repair,
 * close, delete). Writing and fsync policy live in {@link FileAppender}.
 *
 * <p>It uses {@link RandomAccessFile}, whose reads, writes and syncs are not interruptible: an interrupted appender
 * must not close the file under every other thread, as an interruptible {@code FileChannel} would.
 */
final class SessionFile implements Feed {
    private static final Logger LOG = LoggerFactory.getLogger(FileEventLog.class);
    /** Bytes read per positional read when a window spans many lines. */
    private static final int READ_CHUNK = 1 << 20;

    /** Thrown when the file was closed or deleted under a caller; the log retries on a fresh one or reports closed. */
    static final class Detached extends RuntimeException {
        Detached() {
            super("session file detached", null, false, false);
        }
    }

    private final Path path;
    private final FsyncPolicy policy;
    private final Signal signal = new Signal();
    private final LineIndex index = new LineIndex();
    private final FileAppender appender;
    private final Object readLock = new Object();
    private RandomAccessFile reader; // guarded by readLock
    private volatile boolean loaded;
    private volatile boolean closed;

    SessionFile(Path path, FsyncPolicy policy) {
        this.path = path;
        this.policy = policy;
        this.appender = new FileAppender(path, index, signal, policy);
    }

    /** Builds the offset index on first use: one scan for newlines, then repair of a torn last line. */
    void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            if (closed) {
                throw new Detached();
            }
            if (Files.exists(path)) {
                RandomAccessFile file = null;
                try {
                    file = new RandomAccessFile(path.toFile(), "rw");
                    Newlines.scan(file, index);
                    repairTail(file);
                    index.publish(index.written());
                    appender.adopt(file, index.written());
                } catch (IOException e) {
                    index.clear();
                    closeQuietly(file);
                    throw new HarnessException("cannot open event log " + path + ": " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    index.clear();
                    closeQuietly(file);
                    throw e;
                }
            }
            loaded = true;
        }
    }

    /** Drops a last line that has no newline or does not parse: the append that wrote it never returned. */
    private void repairTail(RandomAccessFile file) throws IOException {
        long length = file.length();
        long good = index.writtenEnd();
        if (good < length) {
            LOG.warn("event log {}: dropping torn last line {} ({} bytes, no trailing newline)",
                    path, index.written() + 1, length - good);
        }
        int last = index.written() - 1;
        if (last >= 0) {
            byte[] line = readRange(file, index.start(last), index.end(last));
            try {
                EventCodec.get().decode(line, 0, line.length - 1);
            } catch (RuntimeException unparseable) {
                LOG.warn("event log {}: dropping torn last line {} ({} bytes): {}",
                        path, last + 1, line.length, unparseable.getMessage());
                index.truncate(last);
                good = index.writtenEnd();
            }
        }
        if (good < length) {
            file.setLength(good);
            if (policy != FsyncPolicy.NONE) {
                file.getFD().sync();
            }
        }
    }

    /** Appends encoded lines; see {@link FileAppender#append}. */
    long append(byte[] lines, int[] lineEnds) {
        return appender.append(lines, lineEnds);
    }

    /** Events readers may see. */
    int size() {
        return index.published();
    }

    @Override
    public List<Event> read(long from, int limit) {
        int size = index.published();
        if (from >= size || limit == 0) {
            return List.of();
        }
        int first = (int) from;
        int end = (int) Math.min(size, from + limit);
        List<Event> out = new ArrayList<>(end - first);
        int i = first;
        while (i < end) {
            long start = index.start(i);
            int j = i + 1;
            while (j < end && index.end(j) - start <= READ_CHUNK) {
                j++;
            }
            byte[] bytes = readLines(start, index.end(j - 1));
            int off = 0;
            for (int line = i; line < j; line++) {
                int len = (int) (index.end(line) - index.start(line));
                out.add(decode(bytes, off, len, line));
                off += len;
            }
            i = j;
        }
        return Collections.unmodifiableList(out);
    }

    private byte[] readLines(long start, long end) {
        synchronized (readLock) {
            if (closed) {
                throw new Detached();
            }
            try {
                if (reader == null) {
                    reader = new RandomAccessFile(path.toFile(), "r");
                }
                return readRange(reader, start, end);
            } catch (IOException e) {
                throw new HarnessException("cannot read event log " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private static byte[] readRange(RandomAccessFile file, long start, long end) throws IOException {
        long length = end - start;
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("line range too large: " + length + " bytes at " + start);
        }
        byte[] bytes = new byte[(int) length];
        file.seek(start);
        file.readFully(bytes);
        return bytes;
    }

    private Event decode(byte[] bytes, int off, int len, int line) {
        if (len == 0 || bytes[off + len - 1] != '\n') {
            throw new CorruptLogException(path, line + 1L, "line does not end with a newline", null);
        }
        try {
            return EventCodec.get().decode(bytes, off, len - 1);
        } catch (RuntimeException e) {
            throw new CorruptLogException(path, line + 1L, e.getMessage(), e);
        }
    }

    @Override
    public Signal signal() {
        return signal;
    }

    /** Ends the streams, waits for in-flight appends to become durable and closes the file. Idempotent. */
    synchronized void close() {
        if (closed) {
            return;
        }
        signal.end(); // before closed: a reader that sees Detached must find its stream ended
        closed = true;
        appender.close();
        synchronized (readLock) {
            closeQuietly(reader);
            reader = null;
        }
    }

    /** Closes the file and removes it from disk. */
    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new HarnessException("cannot delete event log " + path + ": " + e.getMessage(), e);
        }
    }

    private void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.warn("event log {}: close failed: {}", path, e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "SessionFile[" + path + ", " + index.published() + " events]";
    }
}

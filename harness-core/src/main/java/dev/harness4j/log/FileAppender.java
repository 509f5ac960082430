package dev.harness4j.log;

import dev.harness4j.HarnessException;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of one session file: whole-line writes serialized by a lock, then durability by {@link FsyncPolicy}.
 * Under {@link FsyncPolicy#GROUP} an appender waits for an fsync that started after its write; whoever finds no
 * fsync running leads the next one, covering every line written so far, so appenders that arrive during an fsync
 * share the next one. Lines become readable (published) only once durable as promised.
 *
 * <p>A failed fsync is fatal for the file, as the page cache can no longer be trusted: every later append fails
 * until the log is reopened. A failed write is undone by truncating the partial bytes.
 */
final class FileAppender {
    private static final Logger LOG = LoggerFactory.getLogger(FileEventLog.class);

    private final Path path;
    private final LineIndex index;
    private final Signal signal;
    private final FsyncPolicy policy;

    private final ReentrantLock writeLock = new ReentrantLock();
    private RandomAccessFile out; // guarded by writeLock
    private boolean closed; // guarded by writeLock
    private volatile FileDescriptor fd;
    private volatile IOException failure;

    private final ReentrantLock syncLock = new ReentrantLock();
    private final Condition synced = syncLock.newCondition();
    private int durable; // guarded by syncLock
    private boolean syncing; // guarded by syncLock

    FileAppender(Path path, LineIndex index, Signal signal, FsyncPolicy policy) {
        this.path = path;
        this.index = index;
        this.signal = signal;
        this.policy = policy;
    }

    /** Takes over the file a load opened, whose first {@code lines} lines are already durable. */
    void adopt(RandomAccessFile file, int lines) throws IOException {
        writeLock.lock();
        try {
            out = file;
            fd = file.getFD();
        } finally {
            writeLock.unlock();
        }
        syncLock.lock();
        try {
            durable = lines;
        } finally {
            syncLock.unlock();
        }
    }

    /**
     * Writes whole lines ({@code lineEnds[k]} is the position in {@code lines} just past the k-th newline) and waits
     * until they are as durable as the policy promises; returns the offset of the first line.
     */
    long append(byte[] lines, int[] lineEnds) {
        int first;
        int target;
        writeLock.lock();
        try {
            if (closed) {
                throw new SessionFile.Detached();
            }
            if (failure != null) {
                throw failed();
            }
            first = index.written();
            write(lines, lineEnds);
            target = index.written();
            if (policy == FsyncPolicy.NONE) {
                publish(target);
                return first;
            }
            if (policy == FsyncPolicy.EVERY_APPEND) {
                try {
                    fd.sync();
                } catch (IOException e) {
                    failure = e;
                    throw failed();
                }
                publish(target);
                return first;
            }
        } finally {
            writeLock.unlock();
        }
        awaitGroupCommit(target);
        return first;
    }

    private void write(byte[] lines, int[] lineEnds) {
        long end = index.writtenEnd();
        try {
            if (out == null) {
                out = new RandomAccessFile(path.toFile(), "rw");
                fd = out.getFD();
                if (policy != FsyncPolicy.NONE) {
                    syncDirectory();
                }
            }
            out.seek(end);
            out.write(lines);
        } catch (IOException e) {
            undo(end, e);
            throw new HarnessException("cannot append to event log " + path + ": " + e.getMessage(), e);
        }
        for (int lineEnd : lineEnds) {
            index.add(end + lineEnd);
        }
    }

    /** Removes the bytes of a failed write; if even that fails, the file takes no more appends. */
    private void undo(long end, IOException cause) {
        if (out == null) {
            return;
        }
        try {
            out.setLength(end);
        } catch (IOException e) {
            cause.addSuppressed(e);
            failure = cause;
        }
    }

    /** Makes a new file's directory entry durable (best effort: not every platform can sync a directory). */
    private void syncDirectory() {
        Path dir = path.toAbsolutePath().getParent();
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("event log {}: cannot sync directory {}: {}", path, dir, e.toString());
        }
    }

    private void awaitGroupCommit(int target) {
        syncLock.lock();
        try {
            while (durable < target) {
                if (failure != null) {
                    throw failed();
                }
                if (syncing) {
                    synced.awaitUninterruptibly(); // the append is written: it must not return before it is durable
                    continue;
                }
                lead();
            }
        } finally {
            syncLock.unlock();
        }
    }

    /** Runs one fsync covering every line written so far. Called with syncLock held; releases it while syncing. */
    private void lead() {
        syncing = true;
        int upTo = index.written();
        IOException error = null;
        syncLock.unlock();
        try {
            fd.sync();
        } catch (IOException e) {
            error = e;
        } finally {
            syncLock.lock();
        }
        syncing = false;
        if (error == null) {
            durable = Math.max(durable, upTo);
            publish(durable);
        } else {
            failure = error;
        }
        synced.signalAll();
    }

    private void publish(int count) {
        index.publish(count);
        signal.fire();
    }

    private HarnessException failed() {
        return new HarnessException("event log " + path + " failed to write or sync (" + failure.getMessage()
                + "); it takes no more appends until reopened", failure);
    }

    /** Stops appends, makes what was written durable (group commit), closes the file. Idempotent. */
    void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            syncLock.lock();
            try {
                while (syncing) {
                    synced.awaitUninterruptibly();
                }
                int written = index.written();
                if (policy == FsyncPolicy.GROUP && durable < written && failure == null) {
                    try {
                        fd.sync();
                        durable = written;
                        publish(written);
                    } catch (IOException e) {
                        failure = e;
                    }
                }
                synced.signalAll();
            } finally {
                syncLock.unlock();
            }
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    LOG.warn("event log {}: close failed: {}", path, e.getMessage());
                }
            }
        } finally {
            writeLock.unlock();
        }
    }
}

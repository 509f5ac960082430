package dev.harness4j.tools.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded in-memory pipe between two pipeline stages. A writer blocks while the buffer is full; once the reader
 * closes, writes fail with "Broken pipe". Every wait checks the call's budget so nothing blocks past a cancellation.
 */
final class Pipe {
    static final int CAPACITY = 64 * 1024;

    private final byte[] buffer = new byte[CAPACITY];
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Budget budget;
    private int head;
    private int size;
    private boolean writerClosed;
    private boolean readerClosed;

    Pipe(Budget budget) {
        this.budget = budget;
    }

    /** Thrown to a writer whose reader is gone. */
    static final class BrokenPipeException extends IOException {
        private static final long serialVersionUID = 1L;

        BrokenPipeException() {
            super("Broken pipe");
        }
    }

    private void await() throws IOException {
        try {
            changed.await(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
        budget.check();
    }

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            lock.lock();
            try {
                while (len > 0) {
                    if (readerClosed) {
                        throw new BrokenPipeException();
                    }
                    if (writerClosed) {
                        throw new IOException("pipe closed");
                    }
                    if (size == CAPACITY) {
                        await();
                        continue;
                    }
                    int tail = (head + size) % CAPACITY;
                    int n = Math.min(len, Math.min(CAPACITY - size, CAPACITY - tail));
                    System.arraycopy(b, off, buffer, tail, n);
                    size += n;
                    off += n;
                    len -= n;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                writerClosed = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    };

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            lock.lock();
            try {
                while (size == 0) {
                    if (writerClosed || readerClosed) {
                        return -1;
                    }
                    await();
                }
                int n = Math.min(len, Math.min(size, CAPACITY - head));
                System.arraycopy(buffer, head, b, off, n);
                head = (head + n) % CAPACITY;
                size -= n;
                changed.signalAll();
                return n;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public int available() {
            lock.lock();
            try {
                return size;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                readerClosed = true;
                size = 0;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    };
}

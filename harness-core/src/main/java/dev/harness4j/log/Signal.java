package dev.harness4j.log;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * A per-session "the log grew" signal: appenders {@link #fire()} it after publishing events, subscribers wait on it
 * once caught up. Firing costs two atomic operations when nobody waits, which keeps the append path cheap.
 *
 * <p>No lost wake-up: a waiter registers itself before re-checking the version under the lock, and a firer bumps the
 * version before looking for waiters, so at least one of them sees the other.
 */
final class Signal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger waiters = new AtomicInteger();
    private volatile boolean ended;

    /** The current version; read it before looking for events, then {@link #await} on it. */
    long version() {
        return version.get();
    }

    /** True once the log or session behind this signal is gone. */
    boolean ended() {
        return ended;
    }

    /** Announces new events. */
    void fire() {
        version.incrementAndGet();
        if (waiters.get() > 0) {
            wakeAll();
        }
    }

    /** Ends every stream on this signal (session deleted or log closed). */
    void end() {
        ended = true;
        wakeAll();
    }

    /** Wakes every waiter so it re-checks its own stop condition. */
    void wakeAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the version moves past {@code seen}, the signal ends, {@code stop} holds or {@code nanos} elapse;
     * returns the nanoseconds left.
     */
    long await(long seen, BooleanSupplier stop, long nanos) throws InterruptedException {
        waiters.incrementAndGet();
        lock.lock();
        try {
            while (version.get() == seen && !ended && !stop.getAsBoolean() && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return nanos;
        } finally {
            lock.unlock();
            waiters.decrementAndGet();
        }
    }
}

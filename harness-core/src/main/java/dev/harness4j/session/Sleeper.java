package dev.harness4j.session;

import dev.harness4j.hands.Cancellation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between retries; injected so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread; a {@link Cancellation} (a {@code user.interrupt}) ends the wait at once. */
    Sleeper THREAD = new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
        }

        @Override
        public void sleep(Duration duration, Cancellation cancellation) throws InterruptedException {
            CountDownLatch cancelled = new CountDownLatch(1);
            AutoCloseable registration = cancellation.onCancel(cancelled::countDown);
            try {
                cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                try {
                    registration.close();
                } catch (Exception e) {
                    throw new IllegalStateException("unregistering a cancellation action failed", e);
                }
            }
        }
    };

    /** Waits {@code duration}; an interrupt ends the wait early. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits {@code duration} or until {@code cancellation} fires, whichever comes first; the default ignores the
     * cancellation (fine for sleepers that return at once, as test sleepers do).
     */
    default void sleep(Duration duration, Cancellation cancellation) throws InterruptedException {
        sleep(duration);
    }
}

package dev.harness4j.session;

import java.time.Duration;

/** Waits between retries; injected so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread with {@link Thread#sleep}. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));

    /** Waits {@code duration}; an interrupt ends the wait early. */
    void sleep(Duration duration) throws InterruptedException;
}

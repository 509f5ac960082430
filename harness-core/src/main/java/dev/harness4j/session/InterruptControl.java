package dev.harness4j.session;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The signal a {@code user.interrupt} raises the moment it is sent: the running turn stops at its next step. It
 * counts the interrupts sent but not yet processed, so the signal stays up until the runner processed all of them.
 */
final class InterruptControl {
    private final AtomicInteger outstanding = new AtomicInteger();

    /** An interrupt was accepted. */
    void request() {
        outstanding.incrementAndGet();
    }

    /** An interrupt was processed. */
    void processed() {
        outstanding.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** Whether an accepted interrupt waits to be processed. */
    boolean requested() {
        return outstanding.get() > 0;
    }
}

package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** A {@link ToolContext} for tests: a fixed clock, session {@code sesn_test}, and a scriptable cancellation flag. */
record TestToolContext(String sessionId, Workspace workspace, Clock clock, BooleanSupplier cancellation)
        implements ToolContext {

    /** A context over {@code workspace} that is never cancelled. */
    static TestToolContext of(Workspace workspace) {
        return new TestToolContext("sesn_test", workspace, fixedClock(), () -> false);
    }

    /** A context that reports cancelled from the {@code n}-th poll on (1 = already cancelled). */
    static TestToolContext cancelledAfterPolls(Workspace workspace, int n) {
        AtomicInteger polls = new AtomicInteger();
        return new TestToolContext("sesn_test", workspace, fixedClock(), () -> polls.incrementAndGet() >= n);
    }

    @Override
    public boolean cancelled() {
        return cancellation.getAsBoolean();
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
    }
}

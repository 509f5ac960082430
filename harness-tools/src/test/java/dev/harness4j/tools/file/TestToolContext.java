package dev.harness4j.tools.file;

import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Tool contexts for tests: a fixed clock, session {@code sesn_test}, and a scriptable cancellation flag. */
final class TestToolContext {
    private TestToolContext() {
    }

    /** A context over {@code workspace} that is never cancelled. */
    static StandaloneToolContext of(Workspace workspace) {
        return StandaloneToolContext.builder(workspace).sessionId("sesn_test").clock(fixedClock()).build();
    }

    /** A context that reports cancelled from the {@code n}-th poll on (1 = already cancelled). */
    static StandaloneToolContext cancelledAfterPolls(Workspace workspace, int n) {
        AtomicInteger polls = new AtomicInteger();
        return StandaloneToolContext.builder(workspace).sessionId("sesn_test").clock(fixedClock())
                .cancelledWhen(() -> polls.incrementAndGet() >= n).build();
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
    }
}

package dev.harness4j.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.harness4j.brain.LogView;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionThreadStatusIdle;
import dev.harness4j.event.SessionThreadStatusRunning;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.StopReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coordinator session's meter: thread tokens are added, overlapping threads' running time counts once. */
class UsageMeterThreadsTest {
    private static final Instant T0 = Instant.parse("2026-04-08T12:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private record ListView(List<Event> events) implements LogView {
        @Override
        public long size() {
            return events.size();
        }

        @Override
        public List<Event> read(long from, int limit) {
            return events.subList((int) from, (int) Math.min(events.size(), from + limit));
        }
    }

    @Test
    void threadsAddTokensAndOverlappingRunningTimeCountsOnce() {
        UsageMeter meter = new UsageMeter("lead", PriceTable.NONE);
        meter.advance(new ListView(List.of(
                new SessionStatusRunning("e1", at(0)),
                new SessionThreadStatusRunning("e2", "sthr_a", "a", at(2)),
                new SessionThreadStatusRunning("e3", "sthr_b", "b", at(3)),
                new SessionThreadStatusIdle("e4", "sthr_a", "a", StopReason.END_TURN, at(8)),
                new SessionThreadStatusIdle("e5", "sthr_b", "b", StopReason.END_TURN, at(14)),
                new SessionStatusIdle("e6", StopReason.END_TURN, null, at(10)))));
        ListView thread = new ListView(List.of(
                new SpanModelRequestEnd("t1", "t0", false, new ModelUsage(100, 5, 0, 0, null), at(4))));
        meter.advanceThread("sthr_a", "worker", thread);
        meter.advanceThread("sthr_a", "worker", thread); // folded once
        SessionUsage usage = meter.usage(at(100));
        assertEquals(100, usage.inputTokens());
        assertEquals(14.0, usage.activeSeconds(), 1e-9, "[0,10) ∪ [2,8) ∪ [3,14) = 14 s");
        assertEquals(10 + 6 + 11, meter.stats(T0, at(100)).activeSeconds(), 1e-9, "stats sum the threads");
    }
}

package dev.harness4j.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How compaction attempts are counted from the log. */
class ContextWindowTest {
    private static final Instant T = Instant.parse("2026-04-08T12:00:00Z");
    private int n;

    private SpanModelRequestEnd end(long input, long cacheRead) {
        return new SpanModelRequestEnd("sevt_e" + (++n), "sevt_s" + n, false,
                new ModelUsage(input, 1, 0, cacheRead, null), T);
    }

    private AgentThreadContextCompacted compacted() {
        return new AgentThreadContextCompacted("sevt_c" + (++n), T);
    }

    @Test
    void onlyTheFirstRequestAfterACompactionCountsAndAnEffectiveOneResetsTheCount() {
        ContextWindow w = new ContextWindow(1000);
        List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>();
        w.requestEnded(end(600, 500));
        assertTrue(w.overThreshold(), "cache reads count as input");
        assertEquals(1100, w.lastInputTokens());
        w.requestEnded(end(100, 0)); // the summarisation request's own end
        w.compacted(compacted(), messages);
        assertFalse(w.overThreshold(), "unknown until the next request");
        w.requestEnded(end(1500, 0));
        assertEquals(1, w.ineffective());
        w.requestEnded(end(50, 0));
        w.compacted(compacted(), messages);
        w.requestEnded(end(900, 0));
        assertEquals(0, w.ineffective(), "an effective compaction resets the count");
        w.requestEnded(end(1200, 0));
        assertEquals(0, w.ineffective(), "growing again later is not an ineffective compaction");
        w.requestEnded(new SpanModelRequestEnd("sevt_x", "sevt_y", true, ModelUsage.ZERO, T));
        assertEquals(1200, w.lastInputTokens(), "a failed request says nothing");
    }

    @Test
    void givingUpLetsTheNextTurnTryAgain() {
        ContextWindow w = new ContextWindow(10);
        List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            w.compacted(compacted(), messages);
            w.requestEnded(end(20, 0));
        }
        assertEquals(2, w.ineffective());
        w.error(new SessionError("sevt_err", ErrorInfo.of("compaction_limit_reached_error", "x",
                ErrorInfo.RetryStatus.EXHAUSTED), T));
        assertEquals(0, w.ineffective());
    }
}

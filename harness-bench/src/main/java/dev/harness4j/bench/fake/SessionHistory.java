package dev.harness4j.bench.fake;

import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserMessage;
import dev.harness4j.id.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Synthetic session histories shaped like the runner writes them. One exchange of {@code size} events: the queued
 * user message, its processed copy, running, then model-call spans with a read tool call and its result (a 200-byte
 * text), and a final span, message and idle.
 */
public final class SessionHistory {
    /** The text of each synthetic tool result. */
    public static final String RESULT = "x".repeat(200);

    private final IdGenerator ids;
    private final Clock clock;

    /** A generator with random ids stamped by the clock. */
    public SessionHistory(Clock clock) {
        this.clock = clock;
        this.ids = IdGenerator.random(clock);
    }

    /** One exchange of exactly {@code size} events (size &gt;= 8). */
    public List<Event> exchange(int size) {
        if (size < 8) {
            throw new IllegalArgumentException("an exchange needs at least 8 events, got " + size);
        }
        Instant now = clock.instant();
        List<Event> out = new ArrayList<>(size);
        UserMessage queued = UserMessage.text("Do the next thing.").stamped(ids.next(IdGenerator.Prefix.EVENT), null);
        out.add(queued);
        out.add(queued.stamped(queued.id(), now));
        out.add(new SessionStatusRunning(ids.next(IdGenerator.Prefix.EVENT), now));
        // Each tool step is 4 events: span start, tool use, span end, tool result. The end needs 4 more.
        while (out.size() + 4 + 4 <= size) {
            toolStep(out, now);
        }
        while (out.size() + 4 < size) {
            out.add(new AgentMessage(ids.next(IdGenerator.Prefix.EVENT), List.of(new ContentBlock.Text("Progress.")), now));
        }
        String start = ids.next(IdGenerator.Prefix.EVENT);
        out.add(new SpanModelRequestStart(start, now));
        out.add(new AgentMessage(ids.next(IdGenerator.Prefix.EVENT), List.of(new ContentBlock.Text("Done.")), now));
        out.add(new SpanModelRequestEnd(ids.next(IdGenerator.Prefix.EVENT), start, false, usage(), now));
        out.add(new SessionStatusIdle(ids.next(IdGenerator.Prefix.EVENT), StopReason.END_TURN, null, now));
        return out;
    }

    /** One mid-size event (a tool result of 200 bytes), with a fresh id. */
    public Event toolResult() {
        return new AgentToolResult(ids.next(IdGenerator.Prefix.EVENT), ids.next(IdGenerator.Prefix.EVENT),
                List.of(new ContentBlock.Text(RESULT)), false, clock.instant());
    }

    private void toolStep(List<Event> out, Instant now) {
        String start = ids.next(IdGenerator.Prefix.EVENT);
        out.add(new SpanModelRequestStart(start, now));
        String use = ids.next(IdGenerator.Prefix.EVENT);
        out.add(new AgentToolUse(use, Workload.TOOL, Map.of(Workload.ARG, "/workspace/src/Main.java"),
                Permission.ALLOW, null, now));
        out.add(new SpanModelRequestEnd(ids.next(IdGenerator.Prefix.EVENT), start, false, usage(), now));
        out.add(new AgentToolResult(ids.next(IdGenerator.Prefix.EVENT), use, List.of(new ContentBlock.Text(RESULT)),
                false, now));
    }

    private static ModelUsage usage() {
        return new ModelUsage(1200, 80, 0, 0, null);
    }
}

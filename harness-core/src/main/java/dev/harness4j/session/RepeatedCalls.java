package dev.harness4j.session;

import dev.harness4j.brain.LogView;
import dev.harness4j.event.AgentMcpToolResult;
import dev.harness4j.event.AgentMcpToolUse;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.UserMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stuck-loop detector: folds a session's log incrementally and counts how many tool calls in a row had the same
 * tool name, the same input and the same result. A processed user message starts a new count.
 */
final class RepeatedCalls {
    private static final int BATCH = 512;

    private final Map<String, Call> uses = new HashMap<>();
    private long offset;
    private Outcome last;
    private int streak;

    /** A tool call: its tool name and input. */
    record Call(String name, Map<String, Object> input) {
    }

    /** A call with its result. */
    private record Outcome(Call call, List<ContentBlock> content, boolean error) {
    }

    /** Folds what was appended since the last call. */
    void advance(LogView view) {
        long size = view.size();
        while (offset < size) {
            List<Event> batch = view.read(offset, (int) Math.min(BATCH, size - offset));
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(this::fold);
            offset += batch.size();
        }
    }

    /** How many calls in a row ended like the last one (0 when there is none in this turn). */
    int streak() {
        return streak;
    }

    /** The call repeated by the current streak, or null. */
    Call repeated() {
        return last == null ? null : last.call();
    }

    /** Starts a new count (after the guard stopped a turn). */
    void reset() {
        last = null;
        streak = 0;
    }

    private void fold(Event e) {
        if ((e instanceof UserMessage || e instanceof dev.harness4j.event.UserDefineOutcome) && e.processedAt() != null) {
            reset();
            uses.clear();
        } else if (e instanceof AgentToolUse u) {
            uses.put(u.id(), new Call(u.name(), u.input()));
        } else if (e instanceof AgentMcpToolUse u) {
            uses.put(u.id(), new Call(u.mcpServerName() + "/" + u.name(), u.input()));
        } else if (e instanceof AgentToolResult r) {
            result(r.toolUseId(), r.content(), Boolean.TRUE.equals(r.isError()));
        } else if (e instanceof AgentMcpToolResult r) {
            result(r.mcpToolUseId(), r.content(), Boolean.TRUE.equals(r.isError()));
        }
    }

    private void result(String useId, List<ContentBlock> content, boolean error) {
        Call call = uses.remove(useId);
        if (call == null) {
            return;
        }
        Outcome outcome = new Outcome(call, content == null ? List.of() : content, error);
        if (Objects.equals(outcome, last)) {
            streak++;
        } else {
            last = outcome;
            streak = 1;
        }
    }
}

package dev.harness4j.test.transcript;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentMcpToolResult;
import dev.harness4j.event.AgentMcpToolUse;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserCustomToolResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions over a session transcript (a list of events). Each check returns the transcript so that checks
 * chain; a failing check throws an {@link AssertionFailedError} whose message shows what was expected and what the
 * transcript holds. Event indexes are 0-based; a negative index counts from the end ({@code -1} is the last event).
 */
public final class Transcript {
    private final List<Event> events;

    private Transcript(List<Event> events) {
        this.events = events;
    }

    /** A transcript of these events (copied; null elements are rejected). */
    public static Transcript of(List<? extends Event> events) {
        Objects.requireNonNull(events, "events");
        for (int i = 0; i < events.size(); i++) {
            Objects.requireNonNull(events.get(i), "event " + i + " is null");
        }
        return new Transcript(List.copyOf(events));
    }

    /** The events. */
    public List<Event> events() {
        return events;
    }

    /** The wire types of the events, in order. */
    public List<String> types() {
        return events.stream().map(Event::type).toList();
    }

    /** Asserts the transcript's types are exactly these, in this order. */
    public Transcript hasTypes(String... expected) {
        List<String> want = List.of(expected);
        List<String> actual = types();
        if (!want.equals(actual)) {
            throw new AssertionFailedError(TypeDiff.render(want, actual), String.join("\n", want),
                    String.join("\n", actual));
        }
        return this;
    }

    /** Asserts these types occur in this order, not necessarily adjacent. */
    public Transcript containsSubsequence(String... expected) {
        List<String> actual = types();
        int matched = 0;
        int lastIndex = -1;
        for (int i = 0; i < actual.size() && matched < expected.length; i++) {
            if (actual.get(i).equals(expected[matched])) {
                matched++;
                lastIndex = i;
            }
        }
        if (matched < expected.length) {
            String where = matched == 0 ? "anywhere" : "after index " + lastIndex;
            throw new AssertionFailedError("expected the subsequence " + Arrays.toString(expected) + " but found no '"
                    + expected[matched] + "' " + where + " (matched " + matched + " of " + expected.length + ")\n"
                    + TypeDiff.numbered(actual));
        }
        return this;
    }

    /** Asserts no event has this type. */
    public Transcript doesNotContain(String type) {
        int at = types().indexOf(type);
        if (at >= 0) {
            throw new AssertionFailedError("expected no '" + type + "' event but event " + at + " is one: "
                    + render(events.get(at)) + "\n" + TypeDiff.numbered(types()));
        }
        return this;
    }

    /** The first event of this class; fails if there is none. */
    public <E extends Event> E first(Class<E> type) {
        List<E> all = all(type);
        if (all.isEmpty()) {
            throw noneOf(type);
        }
        return all.get(0);
    }

    /** The last event of this class; fails if there is none. */
    public <E extends Event> E last(Class<E> type) {
        List<E> all = all(type);
        if (all.isEmpty()) {
            throw noneOf(type);
        }
        return all.get(all.size() - 1);
    }

    /** All events of this class, in order. */
    public <E extends Event> List<E> all(Class<E> type) {
        List<E> out = new ArrayList<>();
        for (Event e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** Asserts event {@code index} is of this class and satisfies {@code check}. */
    public <E extends Event> Transcript event(int index, Class<E> type, Predicate<? super E> check) {
        return event(index, type, check, "the check");
    }

    /** Asserts event {@code index} is of this class and satisfies {@code check}, named in the failure message. */
    public <E extends Event> Transcript event(int index, Class<E> type, Predicate<? super E> check,
            String description) {
        int at = index < 0 ? events.size() + index : index;
        if (at < 0 || at >= events.size()) {
            throw new AssertionFailedError("expected an event at index " + index + " but the transcript has "
                    + events.size() + " events\n" + TypeDiff.numbered(types()));
        }
        Event e = events.get(at);
        if (!type.isInstance(e)) {
            throw new AssertionFailedError("expected event " + at + " to be a " + type.getSimpleName() + " but it is '"
                    + e.type() + "': " + render(e) + "\n" + TypeDiff.numbered(types()));
        }
        if (!check.test(type.cast(e))) {
            throw new AssertionFailedError("event " + at + " (" + e.type() + ") does not satisfy " + description
                    + ": " + render(e));
        }
        return this;
    }

    /** Asserts the session's last status event is {@code session.status_idle} with this stop reason type. */
    public Transcript idleWith(String stopReason) {
        Event status = null;
        for (Event e : events) {
            if (e instanceof SessionStatusIdle || e instanceof SessionStatusRunning
                    || e instanceof SessionStatusRescheduled || e instanceof SessionStatusTerminated) {
                status = e;
            }
        }
        if (!(status instanceof SessionStatusIdle idle)) {
            throw new AssertionFailedError("expected the session to end idle with '" + stopReason + "' but its last"
                    + " status event is " + (status == null ? "absent" : "'" + status.type() + "'") + "\n"
                    + TypeDiff.numbered(types()), stopReason, status == null ? null : status.type());
        }
        String actual = stopReasonName(idle.stopReason());
        if (!actual.equals(stopReason)) {
            throw new AssertionFailedError("expected the session to end idle with '" + stopReason + "' but it went"
                    + " idle with '" + actual + "': " + render(idle), stopReason, actual);
        }
        return this;
    }

    /**
     * Asserts every {@code agent.tool_use} has exactly one later {@code agent.tool_result} with its id as
     * {@code tool_use_id}, no result answers an unknown or later tool use, and the same for MCP tool calls and for
     * custom tool calls (answered by the processed copy of a {@code user.custom_tool_result}). Call it
     * at a point where no tool call is legitimately pending (for example after an {@code end_turn} idle).
     */
    public Transcript everyToolUseHasOneResult() {
        List<String> problems = new ArrayList<>();
        ToolPairing builtIn = new ToolPairing("agent.tool_use", "agent.tool_result");
        ToolPairing mcp = new ToolPairing("agent.mcp_tool_use", "agent.mcp_tool_result");
        ToolPairing custom = new ToolPairing("agent.custom_tool_use", "user.custom_tool_result (processed)");
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof AgentToolUse u) {
                builtIn.use(i, u.id());
            } else if (e instanceof AgentToolResult r) {
                builtIn.result(i, r.toolUseId());
            } else if (e instanceof AgentMcpToolUse u) {
                mcp.use(i, u.id());
            } else if (e instanceof AgentMcpToolResult r) {
                mcp.result(i, r.mcpToolUseId());
            } else if (e instanceof AgentCustomToolUse u) {
                custom.use(i, u.id());
            } else if (e instanceof UserCustomToolResult r && r.processedAt() != null) {
                custom.result(i, r.customToolUseId());
            }
        }
        builtIn.problems(problems);
        mcp.problems(problems);
        custom.problems(problems);
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("tool uses and results are not paired one to one:\n  "
                    + String.join("\n  ", problems) + "\n" + TypeDiff.numbered(types()));
        }
        return this;
    }

    /** The wire name of a stop reason ({@code end_turn}, {@code requires_action}, …). */
    static String stopReasonName(StopReason reason) {
        JsonSubTypes subTypes = StopReason.class.getAnnotation(JsonSubTypes.class);
        if (subTypes != null) {
            for (JsonSubTypes.Type t : subTypes.value()) {
                if (t.value() == reason.getClass()) {
                    return t.name();
                }
            }
        }
        return reason.getClass().getSimpleName();
    }

    private AssertionFailedError noneOf(Class<?> type) {
        return new AssertionFailedError("expected an event of class " + type.getSimpleName() + " but there is none\n"
                + TypeDiff.numbered(types()));
    }

    private static String render(Event e) {
        try {
            return EventCodec.get().encode(e);
        } catch (RuntimeException ex) {
            return e.toString();
        }
    }

    @Override
    public String toString() {
        return "Transcript" + types();
    }
}

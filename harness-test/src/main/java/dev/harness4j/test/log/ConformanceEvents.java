package dev.harness4j.test.log;

import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Deterministic, distinct events for log tests: the n-th event of a tag always has the same id, text and time. */
public final class ConformanceEvents {
    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private ConformanceEvents() {
    }

    /**
     * Event {@code n} of {@code tag}: id {@code sevt_<tag>_<n>}, mostly an agent message, every fourth a user message;
     * its text holds a newline, quotes and non-ASCII so that storage must escape it.
     */
    public static Event event(String tag, int n) {
        String id = id(tag, n);
        List<ContentBlock> content = List.of(ContentBlock.text("event " + n + " of " + tag + ":\n\"quoted\" ✓ ü"));
        Instant at = T0.plusMillis(n);
        return n % 4 == 3 ? new UserMessage(id, content, at) : new AgentMessage(id, content, at);
    }

    /** The id of {@link #event(String, int) event(tag, n)}. */
    public static String id(String tag, int n) {
        return "sevt_" + tag + "_" + n;
    }

    /** Events {@code from} to {@code from + count - 1} of a tag. */
    public static List<Event> events(String tag, int from, int count) {
        List<Event> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(event(tag, i));
        }
        return out;
    }

    /** Several lists joined into one. */
    @SafeVarargs
    public static List<Event> concat(List<? extends Event>... parts) {
        List<Event> out = new ArrayList<>();
        for (List<? extends Event> part : parts) {
            out.addAll(part);
        }
        return out;
    }
}

package dev.harness4j.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserMessage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * For generated histories — built-in and custom tool calls, outcomes and their revision requests, whose results are missing, duplicated, orphaned or late — every tool call in
 * the projected request has exactly one result right after its assistant message, no result stands without its call,
 * and folding the log in arbitrary chunks gives the same request as folding it at once.
 */
class ProjectionPairingPropertyTest {
    private static final Instant T = Instant.parse("2026-04-08T12:00:00Z");

    @Test
    void everyToolCallHasExactlyOneResult() {
        qt().withFixedSeed(20260408L).withExamples(2000).forAll(histories(), SourceDSL.integers().between(1, 7))
                .checkAssert((history, chunk) -> {
                    List<ChatMessage> once = fold(history, Integer.MAX_VALUE);
                    assertPaired(once);
                    assertEquals(once, fold(history, chunk), "incremental folding agrees with folding at once");
                });
    }

    private static List<ChatMessage> fold(List<Event> history, int chunk) {
        Projection p = new Projection();
        List<Event> visible = new ArrayList<>();
        for (int i = 0; i < history.size(); i += chunk) {
            visible.addAll(history.subList(i, Math.min(history.size(), i + chunk)));
            p.advance(view(visible));
        }
        p.advance(view(visible));
        return p.snapshot();
    }

    static LogView view(List<Event> events) {
        return new LogView() {
            @Override
            public long size() {
                return events.size();
            }

            @Override
            public List<Event> read(long from, int limit) {
                return List.copyOf(events.subList((int) from, (int) Math.min(events.size(), from + limit)));
            }
        };
    }

    static void assertPaired(List<ChatMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            if (m instanceof ToolExecutionResultMessage r) {
                throw new AssertionError("result " + r.id() + " at " + i + " does not follow its tool call: " + messages);
            }
            if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                Set<String> expected = new HashSet<>();
                for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
                    expected.add(r.id());
                }
                Set<String> seen = new HashSet<>();
                int j = i + 1;
                while (j < messages.size() && messages.get(j) instanceof ToolExecutionResultMessage r) {
                    if (!seen.add(r.id()) || !expected.contains(r.id())) {
                        throw new AssertionError("result " + r.id() + " is duplicated or has no call: " + messages);
                    }
                    j++;
                }
                assertEquals(expected, seen, "every call of message " + i + " has its result: " + messages);
                i = j - 1;
            }
        }
    }

    /** Histories of turns built from a seed: calls with results that are present, missing, doubled or stray. */
    private static Gen<List<Event>> histories() {
        return SourceDSL.longs().all().map(ProjectionPairingPropertyTest::history);
    }

    static List<Event> history(long seed) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        int[] n = {0};
        java.util.function.Supplier<String> id = () -> "sevt_" + (++n[0]);
        int turns = 1 + r.nextInt(5);
        for (int t = 0; t < turns; t++) {
            String m = id.get();
            if (r.nextInt(4) == 0) {
                // an outcome starts the turn instead of a message (§9)
                UserDefineOutcome d = new UserDefineOutcome(m, "outc_" + t, "o" + t, new Rubric.Text("r"), 3, null);
                out.add(d);
                out.add(d.stamped(m, T));
            } else {
                out.add(new UserMessage(m, List.of(ContentBlock.text("u" + t)), null));
                out.add(new UserMessage(m, List.of(ContentBlock.text("u" + t)), T));
            }
            int steps = 1 + r.nextInt(4);
            for (int s = 0; s < steps; s++) {
                String start = id.get();
                out.add(new SpanModelRequestStart(start, T));
                if (r.nextBoolean()) {
                    out.add(new AgentMessage(id.get(), List.of(ContentBlock.text("a" + s)), T));
                }
                List<String> calls = new ArrayList<>();
                Set<String> custom = new HashSet<>();
                for (int c = r.nextInt(4); c > 0; c--) {
                    String use = id.get();
                    calls.add(use);
                    if (r.nextInt(3) == 0) {
                        custom.add(use);
                        out.add(new AgentCustomToolUse(use, "weather", Map.of("n", c), null, T));
                    } else {
                        out.add(new AgentToolUse(use, "read", Map.of("n", c), Permission.ALLOW, null, T));
                    }
                }
                if (r.nextInt(10) > 0) {
                    out.add(new SpanModelRequestEnd(id.get(), start, false, ModelUsage.ZERO, T));
                }
                for (String use : calls) {
                    int fate = r.nextInt(10);
                    boolean isCustom = custom.contains(use);
                    if (isCustom && r.nextBoolean()) {
                        // the client's queued copy, which is not a result until processed
                        out.add(new UserCustomToolResult(id.get(), use, List.of(ContentBlock.text("q")), null, null,
                                null));
                    }
                    if (fate < 7) {
                        out.add(isCustom ? customResult(id.get(), use) : result(id.get(), use));
                    } else if (fate == 7) {
                        out.add(isCustom ? customResult(id.get(), use) : result(id.get(), use));
                        out.add(result(id.get(), use));
                    }
                }
                if (r.nextInt(8) == 0) {
                    out.add(result(id.get(), "sevt_stray" + r.nextInt(100)));
                }
                if (r.nextInt(5) == 0) {
                    // a graded iteration whose revision request becomes the next user input
                    String start2 = id.get();
                    out.add(new SpanOutcomeEvaluationStart(start2, "outc_" + t, s, T));
                    out.add(new SpanOutcomeEvaluationEnd(id.get(), start2, "outc_" + t, s, r.nextBoolean()
                            ? OutcomeResult.NEEDS_REVISION : OutcomeResult.SATISFIED, "e", ModelUsage.ZERO, T));
                }
            }
        }
        return out;
    }

    private static UserCustomToolResult customResult(String id, String useId) {
        return new UserCustomToolResult(id, useId, List.of(ContentBlock.text("c")), null, null, T);
    }

    private static AgentToolResult result(String id, String useId) {
        return new AgentToolResult(id, useId, List.of(ContentBlock.text("r")), false, T);
    }
}

package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash resume: a harness reopened on the same directory wakes the sessions a dead process left with work and
 * finishes them — unprocessed inputs once, the call that may have been running closed with a synthetic result, calls
 * that had not started run once, pending asks kept pending.
 */
class ResumeTest {
    private static final Instant T = HarnessFixture.NOW;

    @TempDir
    Path dir;

    private final AtomicLong counter = new AtomicLong();
    private final IdGenerator ids = prefix -> prefix + "_" + String.format("%06d", counter.incrementAndGet());
    private final ControlTools tools = new ControlTools();

    private Harness open(ScriptedChatModel model) {
        return Harness.builder().directory(dir).clock(Clock.fixed(T, ZoneOffset.UTC)).ids(ids)
                .models(m -> model).loadToolsets(false).toolset(tools).build();
    }

    /** Creates a session whose read tool is always_ask, then appends {@code log} as a dead process would have. */
    private String deadProcessLeft(java.util.function.Function<String, List<Event>> log) {
        try (Harness h = open(ScriptedChatModel.builder().build())) {
            Agent agent = h.agents().create(AgentSpec.builder().name("a").model("claude-sonnet-4-6")
                    .tool(AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK)).build());
            Session s = h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
            List<Event> events = log.apply(s.id());
            if (!events.isEmpty()) {
                h.eventLog().append(s.id(), events);
            }
            return s.id();
        }
    }

    private List<Event> turnStart() {
        String msg = ids.next("sevt");
        List<Event> out = new ArrayList<>();
        out.add(new UserMessage(msg, List.of(ContentBlock.text("go")), null));
        out.add(new UserMessage(msg, List.of(ContentBlock.text("go")), T));
        out.add(new SessionStatusRunning(ids.next("sevt"), T));
        return out;
    }

    private AgentToolUse use(String tool, Permission p) {
        return new AgentToolUse(ids.next("sevt"), tool, Map.of("file_path", "f"), p, null, T);
    }

    private AgentToolResult result(AgentToolUse use) {
        return new AgentToolResult(ids.next("sevt"), use.id(), List.of(ContentBlock.text("ok")), false, T);
    }

    @Test
    void pendingAsksStayPendingAndAConfirmedCallThatHadNotRunRunsOnce() {
        ScriptedChatModel first = ScriptedChatModel.builder().thenToolCalls(
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"a\"}"),
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"c\"}")).build();
        String sessionId;
        List<AgentToolUse> uses;
        try (Harness h = open(first)) {
            Agent agent = h.agents().create(AgentSpec.builder().name("a").model("claude-sonnet-4-6")
                    .tool(AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK)).build());
            Session s = h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
            sessionId = s.id();
            s.send(UserMessage.text("read both"));
            uses = Transcript.of(Waits.idles(s, 1)).all(AgentToolUse.class);
            s.send(UserToolConfirmation.allow(uses.get(0).id()));
            Waits.idles(s, 2);
        }
        ScriptedChatModel second = ScriptedChatModel.builder().thenText("done").build();
        try (Harness h = open(second)) {
            Session s = h.sessions().retrieve(sessionId);
            assertEquals(SessionStatus.IDLE, s.status(), "a session waiting for answers stays idle");
            Transcript.of(s.events()).idleWith("requires_action");
            assertEquals(new StopReason.RequiresAction(List.of(uses.get(1).id())),
                    Transcript.of(s.events()).last(dev.harness4j.event.SessionStatusIdle.class).stopReason());
            assertEquals(0, tools.calls("read"));
            s.send(UserToolConfirmation.deny(uses.get(1).id(), "only a"));
            List<Event> done = new HarnessFixture().awaitTurnEnd(s);
            Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
            assertEquals(1, tools.calls("read"), "the call confirmed before the restart ran once, after it");
            List<AgentToolResult> results = Transcript.of(done).all(AgentToolResult.class);
            assertEquals(List.of(uses.get(0).id(), uses.get(1).id()),
                    results.stream().map(AgentToolResult::toolUseId).toList());
            assertEquals(List.of(false, true), results.stream().map(AgentToolResult::error).toList());
        }
    }

    @Test
    void anAnswerAcceptedButNotProcessedIsProcessedOnReopenWithoutRetrieve() {
        AgentToolUse[] use = new AgentToolUse[1];
        String sessionId = deadProcessLeft(id -> {
            List<Event> log = turnStart();
            String start = ids.next("sevt");
            log.add(new SpanModelRequestStart(start, T));
            use[0] = use("read", Permission.ASK);
            log.add(use[0]);
            log.add(new SpanModelRequestEnd(ids.next("sevt"), start, false, ModelUsage.ZERO, T));
            log.add(new dev.harness4j.event.SessionStatusIdle(ids.next("sevt"),
                    new StopReason.RequiresAction(List.of(use[0].id())), null, T));
            log.add(UserToolConfirmation.allow(use[0].id()).stamped(ids.next("sevt"), null));
            return log;
        });
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("read it").build();
        try (Harness h = open(model)) {
            List<Event> done = ReopenTest.awaitOnLog(h, sessionId);
            Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                    "user.tool_confirmation", "user.tool_confirmation", "session.status_running", "agent.tool_result",
                    "span.model_request_start", "agent.message");
            assertEquals(1, tools.calls("read"));
        }
    }

    @Test
    void theCallThatMayHaveBeenRunningIsClosedAndTheCallsAfterItRunOnce() {
        AgentToolUse[] uses = new AgentToolUse[3];
        String sessionId = deadProcessLeft(id -> {
            List<Event> log = turnStart();
            String start = ids.next("sevt");
            log.add(new SpanModelRequestStart(start, T));
            uses[0] = use("write", Permission.ALLOW);
            uses[1] = use("write", Permission.ALLOW);
            uses[2] = use("write", Permission.ALLOW);
            log.addAll(List.of(uses));
            log.add(new SpanModelRequestEnd(ids.next("sevt"), start, false, ModelUsage.ZERO, T));
            log.add(result(uses[0]));
            return log;
        });
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("recovered").build();
        try (Harness h = open(model)) {
            List<Event> done = ReopenTest.awaitOnLog(h, sessionId);
            Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
            List<AgentToolResult> results = t.all(AgentToolResult.class);
            assertEquals(3, results.size());
            assertEquals(uses[1].id(), results.get(1).toolUseId());
            assertTrue(results.get(1).error());
            assertEquals("interrupted by restart; side effects unknown",
                    ((ContentBlock.Text) results.get(1).content().get(0)).text());
            assertEquals(uses[2].id(), results.get(2).toolUseId());
            assertFalse(results.get(2).error());
            assertEquals(1, tools.calls("write"), "only the call that had not started ran");
            assertEquals(1, model.requestCount());
        }
    }

    @Test
    void aModelRequestCutOffIsClosedAndAskedAgain() {
        String sessionId = deadProcessLeft(id -> {
            List<Event> log = turnStart();
            log.add(new SpanModelRequestStart(ids.next("sevt"), T));
            return log;
        });
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("answer").build();
        try (Harness h = open(model)) {
            List<Event> done = ReopenTest.awaitOnLog(h, sessionId);
            Transcript.of(done).idleWith("end_turn").containsSubsequence("span.model_request_start",
                    "span.model_request_end", "span.model_request_start", "agent.message", "span.model_request_end");
            SpanModelRequestEnd cut = Transcript.of(done).first(SpanModelRequestEnd.class);
            assertEquals(Boolean.TRUE, cut.isError());
            assertEquals(1, model.requestCount());
        }
    }

    @Test
    void anUnprocessedMessageIsProcessedExactlyOnce() {
        String[] msg = new String[1];
        String sessionId = deadProcessLeft(id -> {
            msg[0] = ids.next("sevt");
            return List.of(new UserMessage(msg[0], List.of(ContentBlock.text("hello")), null));
        });
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("hi").build();
        try (Harness h = open(model)) {
            List<Event> done = ReopenTest.awaitOnLog(h, sessionId);
            Transcript.of(done).hasTypes("user.message", "user.message", "session.status_running",
                    "span.model_request_start", "agent.message", "span.model_request_end", "session.status_idle");
            assertEquals(1, model.requestCount());
        }
        try (Harness h = open(ScriptedChatModel.builder().build())) {
            assertEquals(SessionStatus.IDLE, h.sessions().retrieve(sessionId).status());
            assertEquals(7, h.sessions().retrieve(sessionId).events().size(), "nothing is processed twice");
        }
    }

    @Test
    void anInterruptLeftInTheLogClosesTheOpenTurnFirst() {
        AgentToolUse[] use = new AgentToolUse[1];
        String sessionId = deadProcessLeft(id -> {
            List<Event> log = turnStart();
            String start = ids.next("sevt");
            log.add(new SpanModelRequestStart(start, T));
            use[0] = use("write", Permission.ALLOW);
            log.add(use[0]);
            log.add(new SpanModelRequestEnd(ids.next("sevt"), start, false, ModelUsage.ZERO, T));
            log.add(UserInterrupt.all().stamped(ids.next("sevt"), null));
            return log;
        });
        ScriptedChatModel model = ScriptedChatModel.builder().build();
        try (Harness h = open(model)) {
            List<Event> done = ReopenTest.awaitOnLog(h, sessionId);
            Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn")
                    .containsSubsequence("user.interrupt", "user.interrupt", "agent.tool_result", "session.status_idle");
            assertEquals("interrupted by the user",
                    ((ContentBlock.Text) t.first(AgentToolResult.class).content().get(0)).text());
            assertEquals(0, tools.calls("write"));
            assertEquals(0, model.requestCount());
        }
    }
}

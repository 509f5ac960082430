package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventValidationException;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.RateLimitException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessExtension.class)
class SessionRuntimeTest {

    private static FakeReadToolset tools(HarnessFixture h) {
        FakeReadToolset tools = new FakeReadToolset();
        h.configure(b -> b.loadToolsets(false).toolset(tools));
        return tools;
    }

    @Test
    void aTextTurnProducesTheReferenceSequence(HarnessFixture h) {
        tools(h);
        h.script(s -> s.thenText("Hello"));
        Session session = h.session();
        assertEquals(SessionStatus.IDLE, session.status());
        session.send(UserMessage.text("ping"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript.of(events).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.message", "span.model_request_end", "session.status_idle")
                .idleWith("end_turn");
        assertEquals(null, events.get(0).processedAt(), "the queued copy has no processed_at");
        assertEquals(HarnessFixture.NOW, events.get(1).processedAt());
        assertEquals(events.get(0).id(), events.get(1).id(), "both copies share the event id");
        assertEquals("Hello", ((AgentMessage) events.get(4)).text());
        SpanModelRequestEnd end = (SpanModelRequestEnd) events.get(5);
        assertEquals(events.get(3).id(), end.modelRequestStartId());
        assertEquals(SessionStatus.IDLE, session.status());
    }

    @Test
    void toolCallsRunAndTheirResultsReachTheNextRequest(HarnessFixture h) {
        FakeReadToolset tools = tools(h);
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a.txt\"}").thenText("done"));
        Session session = h.session();
        session.send(UserMessage.text("read a.txt"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript.of(events).hasTypes("user.message", "user.message", "session.status_running",
                "span.model_request_start", "agent.tool_use", "span.model_request_end", "agent.tool_result",
                "span.model_request_start", "agent.message", "span.model_request_end", "session.status_idle")
                .everyToolUseHasOneResult().idleWith("end_turn");
        AgentToolUse use = (AgentToolUse) events.get(4);
        assertEquals(Permission.ALLOW, use.evaluatedPermission());
        assertEquals("a.txt", use.input().get("file_path"));
        AgentToolResult result = (AgentToolResult) events.get(6);
        assertEquals(use.id(), result.toolUseId());
        assertEquals(1, tools.calls.get());

        List<ChatMessage> second = h.model().requests().get(1).messages();
        assertInstanceOf(SystemMessage.class, second.get(0));
        AiMessage ai = assertInstanceOf(AiMessage.class, second.get(2));
        assertEquals(use.id(), ai.toolExecutionRequests().get(0).id(), "the tool call id is the tool_use event id");
        ToolExecutionResultMessage tr = assertInstanceOf(ToolExecutionResultMessage.class, second.get(3));
        assertEquals(use.id(), tr.id());
        assertEquals("contents of a.txt", tr.text());
        assertEquals(1, h.model().requests().get(0).toolSpecifications().size());
    }

    @Test
    void unknownToolsAndMalformedArgumentsBecomeErrorResults(HarnessFixture h) {
        tools(h);
        h.script(s -> s.thenToolCall("frobnicate", "{}").thenText("sorry"));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        List<Event> events = h.awaitTurnEnd(session);
        AgentToolResult r = Transcript.of(events).everyToolUseHasOneResult().first(AgentToolResult.class);
        assertTrue(r.error());
        assertTrue(r.content().toString().contains("unknown tool 'frobnicate'"), r.content().toString());
    }

    @Test
    void theTurnStopsAtTheModelCallLimit(HarnessFixture h) {
        tools(h);
        h.configure(b -> b.limits(new SessionLimits(2)));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").thenToolCall("read", "{\"file_path\":\"b\"}"));
        Session session = h.session();
        session.send(UserMessage.text("loop"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(events).idleWith("retries_exhausted").everyToolUseHasOneResult();
        assertEquals("tool_use_limit_reached_error", t.last(SessionError.class).error().type());
    }

    @Test
    void withoutRetriesATransientModelErrorEndsTheTurnAndANonTransientOneTerminates(HarnessFixture h) {
        tools(h);
        h.configure(b -> b.retryPolicy(RetryPolicy.NONE));
        h.script(s -> s.thenFail(new RateLimitException("slow down")).thenFail(new AuthenticationException("bad key")));
        Session session = h.session();
        session.send(UserMessage.text("one"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("retries_exhausted");
        session.send(UserMessage.text("two"));
        List<Event> events = h.awaitTurnEnds(session, 2);
        Transcript t = Transcript.of(events);
        assertEquals("session.status_terminated", events.get(events.size() - 1).type());
        assertEquals("terminal", t.last(SessionError.class).error().retryStatus().name().toLowerCase());
        assertEquals(SessionStatus.TERMINATED, session.status());
        assertThrows(dev.harness4j.ConflictException.class, () -> session.send(UserMessage.text("three")));
    }

    @Test
    void badInputIsRefusedAndNothingIsAppended(HarnessFixture h) {
        tools(h);
        Session session = h.session();
        assertThrows(EventValidationException.class, () -> session.sendJson("{not json"));
        assertThrows(EventValidationException.class, () -> session.sendJson("{\"type\":\"user.nope\"}"));
        assertThrows(EventValidationException.class, () -> session.sendJson("{\"type\":\"user.message\"}"));
        assertThrows(EventValidationException.class, () -> session.sendJson("{\"type\":\"agent.message\",\"content\":[]}"));
        assertThrows(EventValidationException.class, () -> session.sendJson(
                "{\"events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]},{\"type\":\"user.message\"}]}"));
        assertThrows(NotFoundException.class, () -> session.send(UserToolConfirmation.allow("sevt_nope")));
        assertThrows(InvalidRequestException.class, () -> session.send(
                UserMessage.text("x").stamped("sevt_mine", null)));
        assertEquals(0, session.events().size());
    }

    @Test
    void sendJsonAcceptsTheApiEnvelope(HarnessFixture h) {
        tools(h);
        h.script(s -> s.thenText("hi"));
        Session session = h.session();
        var echoes = session.sendJson("{\"events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"ping\"}]}]}");
        assertEquals(1, echoes.size());
        assertTrue(echoes.get(0).id().startsWith("sevt_"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn");
    }

    @Test
    void queuedMessagesAreProcessedInOrderOnce(HarnessFixture h) {
        tools(h);
        h.script(s -> s.thenText("a").thenText("b").thenText("c"));
        Session session = h.session();
        session.send(UserMessage.text("1"));
        session.send(UserMessage.text("2"));
        session.send(UserMessage.text("3"));
        List<Event> events = h.awaitTurnEnds(session, 3);
        List<String> said = Transcript.of(events).all(AgentMessage.class).stream().map(AgentMessage::text).toList();
        assertEquals(List.of("a", "b", "c"), said);
        List<ChatMessage> last = h.model().lastRequest().messages();
        assertTrue(last.toString().contains("3"));
        h.model().assertExhausted();
    }

    @Test
    void sessionsAreCreatedFromTheApiJsonPinningTheVersionAsked(HarnessFixture h) {
        tools(h);
        var agent = h.agent();
        h.harness().agents().update(agent.id(), dev.harness4j.agent.AgentUpdate.builder().system("v2").build());
        var env = h.environment();
        Session latest = h.harness().sessions().create(SessionSpec.fromJson(
                "{\"agent\":\"" + agent.id() + "\",\"environment_id\":\"" + env.id() + "\",\"title\":\"t\"}"));
        assertEquals(2, latest.record().agent().version());
        assertEquals("t", latest.record().title());
        Session pinned = h.harness().sessions().create(SessionSpec.fromJson("{\"agent\":{\"type\":\"agent\",\"id\":\""
                + agent.id() + "\",\"version\":1},\"environment_id\":\"" + env.id() + "\"}"));
        assertEquals(1, pinned.record().agent().version());
        assertThrows(InvalidRequestException.class, () -> SessionSpec.fromJson("{\"environment_id\":\"e\"}"));
        assertThrows(InvalidRequestException.class, () -> SessionSpec.fromJson("{\"agent\":\"a\",\"environment_id\":\"e\",\"x\":1}"));
        assertThrows(NotFoundException.class, () -> h.harness().sessions().create(SessionSpec.of("agent_missing", env.id())));
    }

    @Test
    void aDisabledToolIsNotOfferedAndThinkingIsAnEvent(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset("read", "write")));
        h.script(s -> s.thenThinkingAndText("hmm", "ok"));
        var agent = h.harness().agents().create(dev.harness4j.agent.AgentSpec.builder().name("no-write")
                .model("claude-sonnet-4-6").tool(dev.harness4j.agent.AgentToolset.all().disable("write")).build());
        Session session = h.harness().sessions().create(agent, h.environment());
        session.send(UserMessage.text("think"));
        Transcript.of(h.awaitTurnEnd(session)).containsSubsequence("span.model_request_start", "agent.thinking",
                "agent.message", "span.model_request_end").idleWith("end_turn");
        var offered = h.model().lastRequest().toolSpecifications().stream().map(t -> t.name()).toList();
        assertTrue(offered.contains("read") && !offered.contains("write"), offered.toString());
    }

    @Test
    void sendJsonReadsWithTheCodecsStrictRules(HarnessFixture h) {
        tools(h);
        Session session = h.session();
        EventValidationException e = assertThrows(EventValidationException.class, () -> session.sendJson(
                "{\"events\":[{\"type\":\"user.message\",\"type\":\"user.interrupt\",\"content\":[]}]}"));
        assertTrue(e.getMessage().contains("Duplicate field"), e.getMessage());
        assertEquals(0, session.events().size());
    }

    @Test
    void inputsQueuedBeforeATerminalErrorAreNotProcessedAfterIt(HarnessFixture h) throws Exception {
        java.util.concurrent.ExecutorService single = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            h.configure(b -> b.executor(single).loadToolsets(false).toolset(new FakeReadToolset()));
            h.script(s -> s.thenFail(new AuthenticationException("bad key")));
            Session session = h.session();
            session.send(List.of(UserMessage.text("one"), UserMessage.text("two")));
            h.awaitTurnEnd(session);
            single.submit(() -> { }).get(); // the runner's drain has finished once this runs
            List<Event> events = session.events();
            assertEquals("session.status_terminated", events.get(events.size() - 1).type(), events.toString());
            assertEquals(1, Transcript.of(events).all(dev.harness4j.event.SessionStatusTerminated.class).size());
            assertEquals(1, h.model().requestCount(), "no model call after termination");
            assertEquals(SessionStatus.TERMINATED, session.status());
        } finally {
            single.shutdownNow();
        }
    }
}

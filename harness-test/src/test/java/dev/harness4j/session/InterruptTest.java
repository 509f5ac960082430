package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** user.interrupt jumps the queue: it cancels the running tool, closes open calls and idles the session. */
@ExtendWith(HarnessExtension.class)
class InterruptTest {

    @Test
    void anInterruptCancelsTheRunningToolAndClosesEveryOpenCall(HarnessFixture h) throws Exception {
        ControlTools tools = ApprovalsTest.tools(h);
        h.script(s -> s.thenToolCalls(ScriptedChatModel.toolCall("bash", "{}"),
                ScriptedChatModel.toolCall("read", "{\"file_path\":\"a\"}")).thenText("after the interrupt"));
        Session session = ApprovalsTest.session(h, AgentToolset.all());
        session.send(UserMessage.text("run forever"));
        assertTrue(tools.blockStarted.await(30, TimeUnit.SECONDS));
        session.send(UserInterrupt.all());
        List<Event> done = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn")
                .containsSubsequence("agent.tool_use", "agent.tool_use", "span.model_request_end", "user.interrupt",
                        "agent.tool_result", "user.interrupt", "agent.tool_result", "session.status_idle");
        assertEquals(1, tools.cancelled.get(), "the running tool saw the cancellation");
        assertEquals(0, tools.calls("read"), "no further tool ran");
        List<AgentToolResult> results = t.all(AgentToolResult.class);
        assertTrue(results.stream().allMatch(AgentToolResult::error));
        assertTrue(ApprovalsTest.text(results.get(0)).startsWith("interrupted by the user"));
        assertEquals("interrupted by the user", ApprovalsTest.text(results.get(1)));
        assertEquals(1, h.model().requestCount(), "the model is not asked again");
        assertEquals(SessionStatus.IDLE, session.status());

        session.send(UserMessage.text("go on"));
        Transcript.of(h.awaitTurnEnds(session, 2)).everyToolUseHasOneResult().idleWith("end_turn");
        assertTrue(h.model().lastRequest().messages().toString().contains("interrupted by the user"));
    }

    @Test
    void anInterruptDropsPendingConfirmations(HarnessFixture h) {
        ControlTools tools = ApprovalsTest.tools(h);
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}"));
        Session session = ApprovalsTest.session(h, AgentToolset.all().policy("read", PermissionPolicy.ALWAYS_ASK));
        session.send(UserMessage.text("read"));
        AgentToolUse use = Transcript.of(Waits.idles(session, 1)).first(AgentToolUse.class);
        session.send(UserInterrupt.all());
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                "session.status_idle", "user.interrupt", "user.interrupt", "agent.tool_result", "session.status_idle");
        assertThrows(ConflictException.class, () -> session.send(UserToolConfirmation.allow(use.id())));
        assertEquals(0, tools.calls("read"));
    }

    @Test
    void anInterruptJumpsAheadOfQueuedMessagesWhichRunAfterwards(HarnessFixture h) throws Exception {
        ControlTools tools = ApprovalsTest.tools(h);
        h.script(s -> s.thenToolCall("bash", "{}").thenText("second message answered"));
        Session session = ApprovalsTest.session(h, AgentToolset.all());
        session.send(UserMessage.text("first"));
        assertTrue(tools.blockStarted.await(30, TimeUnit.SECONDS));
        List<dev.harness4j.event.UserEvent> queued = session.send(UserMessage.text("second"));
        List<dev.harness4j.event.UserEvent> interrupt = session.send(UserInterrupt.all());
        List<Event> done = h.awaitTurnEnds(session, 2);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
        int interruptProcessed = indexOfProcessed(done, interrupt.get(0).id());
        int secondProcessed = indexOfProcessed(done, queued.get(0).id());
        assertTrue(interruptProcessed < secondProcessed, "the interrupt was processed first: " + done);
        assertTrue(h.model().lastRequest().messages().toString().contains("second"));
    }

    @Test
    void aModelCallInFlightCompletesButItsToolsDoNotRun(HarnessFixture h) throws Exception {
        ControlTools tools = ApprovalsTest.tools(h);
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        h.script(s -> s.then(request -> {
            inFlight.countDown();
            try {
                proceed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(List.of(
                    ScriptedChatModel.toolCall("read", "{\"file_path\":\"a\"}")))).build();
        }));
        Session session = ApprovalsTest.session(h, AgentToolset.all());
        session.send(UserMessage.text("go"));
        assertTrue(inFlight.await(30, TimeUnit.SECONDS));
        session.send(UserInterrupt.all());
        proceed.countDown();
        List<Event> done = h.awaitTurnEnd(session);
        Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                "user.interrupt", "agent.tool_use", "span.model_request_end", "user.interrupt", "agent.tool_result",
                "session.status_idle");
        assertEquals(0, tools.calls("read"));
    }

    private static int indexOfProcessed(List<Event> events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id) && events.get(i).processedAt() != null) {
                return i;
            }
        }
        throw new AssertionError(id + " was not processed: " + events);
    }
}

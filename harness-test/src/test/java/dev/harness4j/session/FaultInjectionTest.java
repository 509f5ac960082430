package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.UserMessage;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.FaultInjectingChatModel;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many sessions against a model that fails a fifth of its calls transiently: every session still finishes its turn. */
@ExtendWith(HarnessExtension.class)
class FaultInjectionTest {
    private static final int SESSIONS = 50;
    private static final int TOOL_CALLS = 20;

    @Test
    void everySessionFinishesDespiteOneCallInFiveFailing(HarnessFixture h) {
        // Each session reads TOOL_CALLS different files, then answers; the replies depend only on the request.
        ScriptedChatModel brain = ScriptedChatModel.responder(request -> {
            long results = request.messages().stream().filter(m -> m instanceof ToolExecutionResultMessage).count();
            AiMessage reply = results < TOOL_CALLS
                    ? AiMessage.from(ToolExecutionRequest.builder().name("read")
                            .arguments("{\"file_path\":\"f" + results + ".txt\"}").build())
                    : AiMessage.from("read them all");
            return ChatResponse.builder().aiMessage(reply).build();
        });
        FaultInjectingChatModel faulty = FaultInjectingChatModel.wrap(brain, 0.2, 7);
        FakeReadToolset tools = new FakeReadToolset();
        h.configure(b -> b.loadToolsets(false).toolset(tools).models(m -> faulty)
                .retryPolicy(new RetryPolicy(Duration.ofMillis(500), 2.0, Duration.ofSeconds(30), 30, 0.5)));

        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Session s = h.session();
            s.send(UserMessage.text("read the files, session " + i));
            sessions.add(s);
        }
        long retrying = 0;
        for (Session s : sessions) {
            List<Event> events = h.awaitTurnEnd(s);
            Transcript t = Transcript.of(events).everyToolUseHasOneResult().idleWith("end_turn");
            assertEquals(TOOL_CALLS, t.all(AgentToolUse.class).size(), s.id());
            for (SessionError e : t.all(SessionError.class)) {
                assertEquals(ErrorInfo.RetryStatus.RETRYING, e.error().retryStatus(), e.toString());
                retrying++;
            }
            assertEquals(SessionStatus.IDLE, s.status());
        }
        assertTrue(faulty.calls() >= 1000, "model calls: " + faulty.calls());
        assertEquals(SESSIONS * (TOOL_CALLS + 1L), faulty.calls() - faulty.failures(), "successful calls");
        double rate = (double) faulty.failures() / faulty.calls();
        assertTrue(rate > 0.15 && rate < 0.25, "injected failure rate " + rate);
        assertEquals(faulty.failures(), retrying, "every injected failure was retried once");
        assertEquals(faulty.failures(), h.sleeps().size(), "one backoff wait per retry, none slept for real");
        assertEquals(SESSIONS * TOOL_CALLS, tools.calls.get());
    }
}

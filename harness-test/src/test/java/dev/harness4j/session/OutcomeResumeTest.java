package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationOngoing;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.outcome.Grader;
import dev.harness4j.outcome.ModelGrader;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.ChatMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash resume with an outcome in flight: an open evaluation is graded again, a recorded revision runs. */
class OutcomeResumeTest {
    private static final Instant T = HarnessFixture.NOW;

    @TempDir
    Path dir;

    private final AtomicLong counter = new AtomicLong();
    private final IdGenerator ids = prefix -> prefix + "_" + String.format("%06d", counter.incrementAndGet());

    private Harness open(ScriptedChatModel model, Grader grader) {
        return Harness.builder().directory(dir).clock(Clock.fixed(T, ZoneOffset.UTC)).ids(ids)
                .models(m -> model).loadToolsets(false).toolset(new OutputWriter()).grader(grader).build();
    }

    @Test
    void aHarnessClosedWhileGradingGradesTheIterationAgainOnReopen() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Grader hangs = request -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("the first process never finishes grading");
        };
        String sessionId;
        ScriptedChatModel agent = ScriptedChatModel.builder()
                .thenToolCall("write", OutcomeTest.write("sea\\nsea\\nsea")).thenText("written").build();
        try (Harness h = open(agent, hangs)) {
            Session s = session(h);
            sessionId = s.id();
            s.send(OutcomeTest.haiku());
            assertTrue(started.await(30, TimeUnit.SECONDS));
        }
        ScriptedChatModel grader = OutcomeTest.grader(OutcomeTest.verdict("satisfied", "three seas"));
        try (Harness h = open(ScriptedChatModel.builder().build(), ModelGrader.of(grader))) {
            Session s = h.sessions().retrieve(sessionId);
            List<Event> done = new HarnessFixture().awaitTurnEnd(s);
            Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
            assertEquals(1, t.all(SpanOutcomeEvaluationStart.class).size(), "the open span is continued");
            SpanOutcomeEvaluationEnd end = t.first(SpanOutcomeEvaluationEnd.class);
            assertEquals(t.first(SpanOutcomeEvaluationStart.class).id(), end.outcomeEvaluationStartId());
            assertEquals(OutcomeResult.SATISFIED, end.result());
            assertTrue(grader.lastRequest().messages().get(1).toString().contains("written"));
            assertEquals(OutcomeEvaluation.Status.SATISFIED, s.outcomeEvaluations().get(0).result());
        }
    }

    @Test
    void aRevisionRecordedBeforeTheCrashRunsOnReopen() {
        String sessionId;
        String outcomeId = "outc_dead";
        try (Harness h = open(ScriptedChatModel.builder().build(), request -> {
            throw new AssertionError("not graded in the first process");
        })) {
            Session s = session(h);
            sessionId = s.id();
            List<Event> log = new ArrayList<>();
            String define = ids.next("sevt");
            UserDefineOutcome d = new UserDefineOutcome(define, outcomeId, "write it", new dev.harness4j.event.Rubric
                    .Text("good"), 3, null);
            log.add(d);
            log.add(d.stamped(define, T));
            log.add(new SessionStatusRunning(ids.next("sevt"), T));
            String req = ids.next("sevt");
            log.add(new SpanModelRequestStart(req, T));
            log.add(new AgentMessage(ids.next("sevt"), List.of(ContentBlock.text("draft")), T));
            log.add(new SpanModelRequestEnd(ids.next("sevt"), req, false, ModelUsage.ZERO, T));
            String start = ids.next("sevt");
            log.add(new SpanOutcomeEvaluationStart(start, outcomeId, 0, T));
            log.add(new SpanOutcomeEvaluationOngoing(ids.next("sevt"), outcomeId, 0, T));
            log.add(new SpanOutcomeEvaluationEnd(ids.next("sevt"), start, outcomeId, 0, OutcomeResult.NEEDS_REVISION,
                    "add a second stanza", ModelUsage.ZERO, T));
            h.eventLog().append(s.id(), log);
        }
        ScriptedChatModel agent = ScriptedChatModel.builder().thenText("revised").build();
        ScriptedChatModel grader = OutcomeTest.grader(OutcomeTest.verdict("satisfied", "two stanzas"));
        try (Harness h = open(agent, ModelGrader.of(grader))) {
            Session s = h.sessions().retrieve(sessionId);
            Transcript t = Transcript.of(new HarnessFixture().awaitTurnEnd(s)).idleWith("end_turn");
            List<ChatMessage> messages = agent.lastRequest().messages();
            assertTrue(messages.get(messages.size() - 1).toString().contains("add a second stanza"));
            List<SpanOutcomeEvaluationEnd> ends = t.all(SpanOutcomeEvaluationEnd.class);
            assertEquals(List.of(OutcomeResult.NEEDS_REVISION, OutcomeResult.SATISFIED),
                    ends.stream().map(SpanOutcomeEvaluationEnd::result).toList());
            assertEquals(1, ends.get(1).iteration());
            assertTrue(grader.lastRequest().messages().get(1).toString().contains("revised"));
        }
    }

    private static Session session(Harness h) {
        Agent agent = h.agents().create(AgentSpec.builder().name("a").model("claude-sonnet-4-6")
                .tool(AgentToolset.all()).build());
        return h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
    }
}

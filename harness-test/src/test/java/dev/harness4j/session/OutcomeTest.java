package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.EventValidationException;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationOngoing;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.json.Json;
import dev.harness4j.outcome.GradeResult;
import dev.harness4j.outcome.Grader;
import dev.harness4j.outcome.GradingException;
import dev.harness4j.outcome.ModelGrader;
import dev.harness4j.outcome.Verdict;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outcome loop (§9): define_outcome starts the work, a grader judges each iteration, revisions follow. */
@ExtendWith(HarnessExtension.class)
class OutcomeTest {
    static final String OUTPUT = "/mnt/session/outputs/haiku.txt";
    static final String RUBRIC = "- the file has exactly three lines\n- it mentions the sea";

    static UserDefineOutcome haiku() {
        return UserDefineOutcome.of("Write a haiku about the sea to " + OUTPUT, new Rubric.Text(RUBRIC));
    }

    static String write(String content) {
        return "{\"file_path\":\"" + OUTPUT + "\",\"content\":\"" + content + "\"}";
    }

    static String verdict(String result, String explanation) {
        return "{\"result\":\"" + result + "\",\"explanation\":\"" + explanation + "\"}";
    }

    static ScriptedChatModel grader(String... replies) {
        var b = ScriptedChatModel.builder().name("grader");
        for (String r : replies) {
            b.thenText(r);
        }
        return b.build();
    }

    private static String text(ChatMessage m) {
        return m instanceof dev.langchain4j.data.message.UserMessage u ? u.singleText()
                : m instanceof SystemMessage s ? s.text() : m.toString();
    }

    @Test
    void anOutcomeSatisfiedAtTheFirstIterationIdlesWithEndTurn(HarnessFixture h) {
        ScriptedChatModel grader = grader(verdict("satisfied", "three lines about the sea"));
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(ModelGrader.of(grader)));
        h.script(s -> s.thenToolCall("write", write("waves\\nsalt\\nsea")).thenText("The haiku is written."));
        Session session = h.session();
        List<UserEvent> echo = session.send(haiku());
        UserDefineOutcome sent = (UserDefineOutcome) echo.get(0);
        assertTrue(sent.outcomeId().startsWith("outc"), sent.outcomeId());
        assertEquals(3, sent.maxIterations());

        List<Event> done = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn").containsSubsequence(
                "user.define_outcome", "user.define_outcome", "session.status_running", "span.model_request_start",
                "agent.tool_use", "agent.tool_result", "span.model_request_start", "agent.message",
                "span.model_request_end", "span.outcome_evaluation_start", "span.outcome_evaluation_ongoing",
                "span.outcome_evaluation_end", "session.status_idle");
        assertEquals(1, t.all(SessionStatusIdle.class).size(), "no idle before grading");
        SpanOutcomeEvaluationStart start = t.first(SpanOutcomeEvaluationStart.class);
        SpanOutcomeEvaluationEnd end = t.first(SpanOutcomeEvaluationEnd.class);
        assertEquals(sent.outcomeId(), start.outcomeId());
        assertEquals(0, start.iteration());
        assertEquals(start.id(), end.outcomeEvaluationStartId());
        assertEquals(OutcomeResult.SATISFIED, end.result());
        assertEquals("three lines about the sea", end.explanation());

        String firstInput = text(h.model().requests().get(0).messages().get(1));
        assertTrue(firstInput.contains("Write a haiku about the sea") && firstInput.contains(RUBRIC), firstInput);
        String graded = text(grader.lastRequest().messages().get(1));
        assertTrue(graded.contains("waves\nsalt\nsea") && graded.contains("The haiku is written."), graded);

        List<OutcomeEvaluation> evaluations = session.outcomeEvaluations();
        assertEquals(List.of(new OutcomeEvaluation(sent.outcomeId(), sent.description(), 0,
                OutcomeEvaluation.Status.SATISFIED, "three lines about the sea", HarnessFixture.NOW)), evaluations);
        assertEquals(SessionStatus.IDLE, session.status());
    }

    @Test
    void needsRevisionFeedsTheExplanationBackAsTheNextTurn(HarnessFixture h) {
        ScriptedChatModel grader = grader(verdict("needs_revision", "it does not mention the sea"),
                verdict("satisfied", "now it does"));
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(ModelGrader.of(grader)));
        h.script(s -> s.thenToolCall("write", write("a\\nb\\nc")).thenText("v1")
                .thenToolCall("write", write("a\\nb\\nsea")).thenText("v2"));
        Session session = h.session();
        session.send(haiku());
        List<Event> done = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(done).everyToolUseHasOneResult().idleWith("end_turn");
        List<SpanOutcomeEvaluationEnd> ends = t.all(SpanOutcomeEvaluationEnd.class);
        assertEquals(List.of(OutcomeResult.NEEDS_REVISION, OutcomeResult.SATISFIED),
                ends.stream().map(SpanOutcomeEvaluationEnd::result).toList());
        assertEquals(List.of(0, 1), t.all(SpanOutcomeEvaluationStart.class).stream()
                .map(SpanOutcomeEvaluationStart::iteration).toList());
        assertEquals(1, t.all(SessionStatusIdle.class).size(), "the session runs through the revision");

        ChatRequest revision = h.model().requests().get(2);
        List<ChatMessage> messages = revision.messages();
        String feedback = text(messages.get(messages.size() - 1));
        assertTrue(feedback.contains("it does not mention the sea") && feedback.contains("iteration 0"), feedback);
        assertTrue(text(grader.lastRequest().messages().get(1)).contains("a\nb\nsea"));
        OutcomeEvaluation e = session.outcomeEvaluations().get(0);
        assertEquals(1, e.iteration());
        assertEquals(OutcomeEvaluation.Status.SATISFIED, e.result());
        h.model().assertExhausted();
    }

    @Test
    void theIterationCapEndsTheOutcomeWithMaxIterationsReached(HarnessFixture h) {
        ScriptedChatModel grader = grader(verdict("needs_revision", "not yet"), verdict("needs_revision", "still not"));
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(ModelGrader.of(grader)));
        h.script(s -> s.thenText("try 1").thenText("try 2"));
        Session session = h.session();
        session.send(UserDefineOutcome.of("do it", new Rubric.Text("perfect"), 2));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn");
        assertEquals(List.of(OutcomeResult.NEEDS_REVISION, OutcomeResult.MAX_ITERATIONS_REACHED),
                t.all(SpanOutcomeEvaluationEnd.class).stream().map(SpanOutcomeEvaluationEnd::result).toList());
        assertEquals(2, h.model().requestCount(), "no revision turn after the cap");
        OutcomeEvaluation e = session.outcomeEvaluations().get(0);
        assertEquals(OutcomeEvaluation.Status.MAX_ITERATIONS_REACHED, e.result());
        assertEquals("still not", e.explanation());
        assertEquals(1, e.iteration());

        long before = session.events().size();
        EventValidationException tooMany = assertThrows(EventValidationException.class, () -> session.sendJson(
                "{\"type\":\"user.define_outcome\",\"description\":\"x\",\"rubric\":{\"type\":\"text\",\"content\":"
                        + "\"y\"},\"max_iterations\":21}"));
        assertTrue(tooMany.getMessage().contains("max_iterations must be between 1 and 20"), tooMany.getMessage());
        assertEquals(before, session.events().size());
    }

    @Test
    void theGraderSeesOnlyTheOutcomeTheDeliverablesAndTheFinalMessage(HarnessFixture h) {
        ScriptedChatModel grader = grader(verdict("satisfied", "ok"));
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).models(c -> c.id().equals("grader-model") ? grader : h.model()).graderModel("grader-model"));
        h.script(s -> s.thenText("earlier answer with secret-context-123")
                .then(ChatResponse.builder().aiMessage(AiMessage.builder().thinking("private-reasoning")
                        .toolExecutionRequests(List.of(ScriptedChatModel.toolCall("write", write("deliverable-text"))))
                        .build()).build())
                .thenText("final words"));
        Session session = h.session();
        session.send(UserMessage.text("an earlier request about secret-context-123"));
        h.awaitTurnEnd(session);
        session.send(haiku());
        h.awaitTurnEnds(session, 2);

        assertEquals(1, grader.requestCount());
        List<ChatMessage> messages = grader.lastRequest().messages();
        assertEquals(2, messages.size(), "a fresh context: the grading system prompt and one user message");
        String all = messages.stream().map(OutcomeTest::text).reduce("", String::concat);
        assertTrue(all.contains("Write a haiku about the sea") && all.contains(RUBRIC), all);
        assertTrue(all.contains("deliverable-text") && all.contains("final words"), all);
        for (String leaked : List.of("secret-context-123", "private-reasoning", "You are a test agent", "\"write\"",
                "file_path")) {
            assertFalse(all.contains(leaked), "the grader request holds agent context: " + leaked);
        }
        assertFalse(h.model().requests().stream().anyMatch(r -> r.messages().stream()
                .anyMatch(m -> text(m).contains("\"result\""))), "the agent never sees the grader's conversation");
    }

    @Test
    void anInterruptWhileGradingEndsTheOutcomeInterrupted(HarnessFixture h) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Grader blocking = request -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new GradeResult(Verdict.SATISFIED, "too late", ModelUsage.ZERO);
        };
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(blocking));
        h.script(s -> s.thenText("done").thenText("after"));
        Session session = h.session();
        session.send(haiku());
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertEquals(SessionStatus.RUNNING, session.status());
        assertEquals(OutcomeEvaluation.Status.EVALUATING, session.outcomeEvaluations().get(0).result());
        session.send(UserInterrupt.all());
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn").containsSubsequence(
                "span.outcome_evaluation_start", "span.outcome_evaluation_ongoing", "user.interrupt",
                "span.outcome_evaluation_end", "user.interrupt", "session.status_idle");
        release.countDown();
        SpanOutcomeEvaluationEnd end = t.first(SpanOutcomeEvaluationEnd.class);
        assertEquals(OutcomeResult.INTERRUPTED, end.result());
        assertEquals(OutcomeEvaluation.Status.INTERRUPTED, session.outcomeEvaluations().get(0).result());

        // the session is reusable: a plain message runs a turn without grading
        session.send(UserMessage.text("go on"));
        Transcript.of(h.awaitTurnEnds(session, 2)).idleWith("end_turn");
        assertEquals(1, Transcript.of(session.events()).all(SpanOutcomeEvaluationEnd.class).size());
    }

    @Test
    void anInterruptWhileTheAgentWorksEndsTheOutcomeInterrupted(HarnessFixture h) throws Exception {
        ControlTools tools = ApprovalsTest.tools(h);
        h.configure(b -> b.grader(request -> {
            throw new AssertionError("never graded");
        }));
        h.script(s -> s.thenToolCall("bash", "{}"));
        Session session = ApprovalsTest.session(h, dev.harness4j.agent.AgentToolset.all());
        session.send(haiku());
        assertTrue(tools.blockStarted.await(30, TimeUnit.SECONDS));
        session.send(UserInterrupt.all());
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult().idleWith("end_turn")
                .containsSubsequence("user.interrupt", "span.outcome_evaluation_start",
                        "span.outcome_evaluation_end", "session.status_idle");
        assertEquals(OutcomeResult.INTERRUPTED, t.first(SpanOutcomeEvaluationEnd.class).result());
        assertNull(session.outcomeEvaluations().stream().filter(e -> !e.terminal()).findAny().orElse(null));
    }

    @Test
    void aSecondOutcomeWhileOneRunsIsRefusedAndNothingIsAppended(HarnessFixture h) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(request -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new GradeResult(Verdict.SATISFIED, "fine", ModelUsage.ZERO);
        }));
        h.script(s -> s.thenText("done").thenText("second done"));
        Session session = h.session();
        String first = ((UserDefineOutcome) session.send(haiku()).get(0)).outcomeId();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        long before = session.events().size();
        ConflictException refused = assertThrows(ConflictException.class, () -> session.send(haiku()));
        assertTrue(refused.getMessage().contains(first), refused.getMessage());
        assertEquals(before, session.events().size(), "nothing appended");
        release.countDown();
        h.awaitTurnEnd(session);

        Session other = h.session();
        assertThrows(ConflictException.class, () -> other.send(haiku(), haiku()));
        assertEquals(0, other.events().size());
        assertThrows(InvalidRequestException.class, () -> other.send(UserDefineOutcome.of("x",
                new Rubric.File("file_1"))));
        assertThrows(InvalidRequestException.class, () -> other.send(new UserDefineOutcome(null, "outc_mine", "x",
                new Rubric.Text("y"), null, null)));
        assertEquals(0, other.events().size());

        // after a terminal end the session takes the next outcome
        session.send(haiku());
        assertEquals(2, Transcript.of(h.awaitTurnEnds(session, 2)).all(SpanOutcomeEvaluationEnd.class).size());
        assertEquals(2, session.outcomeEvaluations().size());
    }

    @Test
    void aGraderThatFailsEndsTheOutcomeFailed(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(request -> {
            throw new GradingException("outcome " + request.outcomeId() + ": model down", null);
        }));
        h.script(s -> s.thenText("done"));
        Session session = h.session();
        session.send(haiku());
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn");
        SpanOutcomeEvaluationEnd end = t.first(SpanOutcomeEvaluationEnd.class);
        assertEquals(OutcomeResult.FAILED, end.result());
        assertTrue(end.explanation().contains("model down"), end.explanation());
        assertEquals(OutcomeEvaluation.Status.FAILED, session.outcomeEvaluations().get(0).result());
    }

    @Test
    void theEventsAndTheSessionObjectHaveTheReferenceShapes(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new OutputWriter()).grader(ModelGrader.of(grader(verdict("needs_revision", "more"), verdict("satisfied",
                "good")))));
        h.script(s -> s.thenText("one").thenText("two"));
        Session session = h.session();
        session.send(haiku());
        List<Event> done = h.awaitTurnEnd(session);
        EventCodec codec = EventCodec.get();
        JsonNode define = json(codec.encode(Transcript.of(done).all(UserDefineOutcome.class).get(1)));
        assertEquals(List.of("id", "type", "outcome_id", "description", "rubric", "max_iterations", "processed_at"),
                fields(define));
        assertEquals("text", define.get("rubric").get("type").asText());
        assertEquals(RUBRIC, define.get("rubric").get("content").asText());
        assertEquals(3, define.get("max_iterations").asInt());
        JsonNode start = json(codec.encode(Transcript.of(done).first(SpanOutcomeEvaluationStart.class)));
        assertEquals(List.of("id", "type", "outcome_id", "iteration", "processed_at"), fields(start));
        JsonNode ongoing = json(codec.encode(Transcript.of(done).first(SpanOutcomeEvaluationOngoing.class)));
        assertEquals(List.of("id", "type", "outcome_id", "iteration", "processed_at"), fields(ongoing));
        JsonNode end = json(codec.encode(Transcript.of(done).first(SpanOutcomeEvaluationEnd.class)));
        assertEquals(List.of("id", "type", "outcome_evaluation_start_id", "outcome_id", "iteration", "result",
                "explanation", "usage", "processed_at"), fields(end));
        assertEquals("needs_revision", end.get("result").asText());
        for (Event e : done) {
            assertEquals(e, codec.decode(codec.encode(e)), "round trip of " + e.type());
        }

        JsonNode evaluations = json(session.toJson()).get("outcome_evaluations");
        assertEquals(1, evaluations.size());
        JsonNode e = evaluations.get(0);
        assertEquals(List.of("type", "outcome_id", "description", "iteration", "result", "explanation",
                "completed_at"), fields(e));
        assertEquals("outcome_evaluation", e.get("type").asText());
        assertEquals("satisfied", e.get("result").asText());
        assertEquals(1, e.get("iteration").asInt());
        assertEquals(Json.formatInstant(HarnessFixture.NOW), e.get("completed_at").asText());
    }

    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s);
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.brain.BrainRequest;
import dev.harness4j.brain.CompactionPolicy;
import dev.harness4j.brain.LogView;
import dev.harness4j.brain.ModelBrain;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.UserMessage;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.json.Json;
import dev.harness4j.test.anthropic.AnthropicReply;
import dev.harness4j.test.anthropic.FakeAnthropicServer;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessExtension.class)
class CompactionTest {
    private static final CompactionPolicy SMALL = CompactionPolicy.DEFAULTS.withThresholdTokens(1000).withKeepRecentMessages(2);

    private static boolean isSummaryRequest(ChatRequest r) {
        return r.toolSpecifications().isEmpty() && r.messages().size() == 2
                && r.messages().get(0) instanceof SystemMessage s && s.text().equals(CompactionPolicy.DEFAULT_INSTRUCTION);
    }

    @Test
    void pastTheThresholdTheOlderPartIsSummarisedAndLaterRequestsCarrySummaryAndTail(HarnessFixture h) throws Exception {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).compaction(SMALL));
        h.script(s -> s
                .thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(500, 10)
                .thenToolCall("read", "{\"file_path\":\"b\"}").withUsage(1500, 10)
                .expecting(CompactionTest::isSummaryRequest, "a summarisation request without tools")
                .expecting(r -> r.messages().get(1).toString().contains("contents of a")
                        && !r.messages().get(1).toString().contains("contents of b"), "only the older part")
                .thenText("SUMMARY: a was read").withUsage(800, 50)
                .expecting(r -> r.messages().size() == 4 && !r.toolSpecifications().isEmpty(),
                        "system, summary, the last call and its result")
                .thenText("done").withUsage(600, 5));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        List<Event> events = h.awaitTurnEnd(session);
        Transcript t = Transcript.of(events).containsSubsequence("agent.tool_result", "span.model_request_start",
                "span.model_request_end", "agent.thread_context_compacted", "span.model_request_start",
                "agent.message", "span.model_request_end", "session.status_idle")
                .idleWith("end_turn").everyToolUseHasOneResult();
        h.model().assertExhausted();
        AgentThreadContextCompacted c = t.first(AgentThreadContextCompacted.class);
        assertEquals("SUMMARY: a was read", c.summary());
        assertEquals(1500L, c.preCompactionTokens());
        assertEquals(3, c.compactedMessages());
        JsonNode json = Json.mapper().readTree(EventCodec.get().encode(c));
        assertEquals("agent.thread_context_compacted", json.get("type").asText());
        assertEquals(1500, json.get("pre_compaction_tokens").asLong());
        assertEquals("SUMMARY: a was read", json.get("summary").asText());
        assertEquals(3, json.get("compacted_messages").asInt());
        assertEquals(c, EventCodec.get().decode(EventCodec.get().encode(c)));
        assertEquals(50, t.all(SpanModelRequestEnd.class).get(2).modelUsage().outputTokens(),
                "the summarisation request has its own span and usage");
        assertEquals(1500 + 500 + 800 + 600, session.usage().inputTokens(), "it counts in the session's usage");

        List<ChatMessage> last = h.model().lastRequest().messages();
        assertTrue(last.get(1).toString().contains("SUMMARY: a was read"), last.get(1).toString());
        AiMessage call = assertInstanceOf(AiMessage.class, last.get(2));
        assertEquals(call.toolExecutionRequests().get(0).id(), assertInstanceOf(ToolExecutionResultMessage.class,
                last.get(3)).id());

        // A fresh brain (a restarted process) projects the same request from the log alone.
        ModelBrain fresh = new ModelBrain(m -> h.model(), SMALL);
        List<Event> upToLastRequest = events.subList(0, events.indexOf(t.all(SpanModelRequestEnd.class).get(3)) - 2);
        assertEquals(last, fresh.project(new BrainRequest(session.id(), session.record().agent(), view(upToLastRequest),
                List.of())));
    }

    @Test
    void afterTwoIneffectiveCompactionsTheTurnEndsWithAnError(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset())
                .compaction(SMALL.withKeepRecentMessages(1)));
        h.script(s -> s
                .thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(2000, 10)
                .expecting(CompactionTest::isSummaryRequest, "summary 1").thenText("S1").withUsage(100, 10)
                .thenToolCall("read", "{\"file_path\":\"b\"}").withUsage(2000, 10)
                .expecting(CompactionTest::isSummaryRequest, "summary 2").thenText("S2").withUsage(100, 10)
                .thenToolCall("read", "{\"file_path\":\"c\"}").withUsage(2000, 10));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).idleWith("retries_exhausted").everyToolUseHasOneResult();
        h.model().assertExhausted();
        assertEquals(2, t.all(AgentThreadContextCompacted.class).size());
        SessionError error = t.last(SessionError.class);
        assertEquals("compaction_limit_reached_error", error.error().type());
        assertEquals(ErrorInfo.RetryStatus.EXHAUSTED, error.error().retryStatus());
        assertTrue(error.error().message().contains("2000"), error.error().message());
        List<String> types = t.types();
        assertEquals(List.of("agent.tool_result", "session.error", "session.status_idle"),
                types.subList(types.size() - 3, types.size()));
    }

    @Test
    void aFailingSummarisationRequestIsRetriedLikeAnyModelRequest(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).compaction(SMALL));
        h.script(s -> s
                .thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(500, 10)
                .thenToolCall("read", "{\"file_path\":\"b\"}").withUsage(1500, 10)
                .thenFail(new RateLimitException("busy"))
                .expecting(CompactionTest::isSummaryRequest, "the retried summary").thenText("S").withUsage(10, 10)
                .thenText("done").withUsage(100, 5));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn").containsSubsequence("session.status_rescheduled",
                "session.error", "session.status_running", "span.model_request_start", "span.model_request_end",
                "agent.thread_context_compacted");
        h.model().assertExhausted();
    }

    @Test
    void belowTheThresholdNothingIsCompacted(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()).compaction(SMALL));
        h.script(s -> s.thenToolCall("read", "{\"file_path\":\"a\"}").withUsage(1000, 10).thenText("ok").withUsage(999, 1));
        Session session = h.session();
        session.send(UserMessage.text("go"));
        Transcript.of(h.awaitTurnEnd(session)).idleWith("end_turn").doesNotContain(AgentThreadContextCompacted.TYPE);
    }

    @Test
    void theSummaryRequestAndTheCompactedRequestPassTheStrictMessagesApiChecks() {
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.message().toolUse("read", "{\"file_path\": \"a\"}")
                    .usage(500, 10).build());
            server.enqueue(AnthropicReply.message().toolUse("read", "{\"file_path\": \"b\"}")
                    .usage(1500, 10).build());
            server.enqueue(AnthropicReply.message().text("SUMMARY: read a").usage(300, 20).build());
            server.enqueue(AnthropicReply.message().text("done").usage(400, 5).build());
            try (Harness h = Harness.builder()
                    .clock(Clock.fixed(HarnessFixture.NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequential()).loadToolsets(false).toolset(new FakeReadToolset())
                    .compaction(SMALL).sleeper(d -> { })
                    .models(m -> AnthropicChatModel.builder().baseUrl(server.baseUrl())
                            .apiKey("test-key").modelName(m.id()).maxRetries(0).build())
                    .build()) {
                Agent agent = h.agents().create(AgentSpec.builder().name("wire")
                        .model("claude-sonnet-4-6").system("Be brief.").tool(AgentToolset.all()).build());
                Session s = h.sessions().create(agent, h.environments().create(
                        EnvironmentSpec.inMemory("e")));
                s.send(UserMessage.text("read a then b"));
                Transcript.of(new HarnessFixture().awaitTurnEnd(s)).idleWith("end_turn").everyToolUseHasOneResult()
                        .containsSubsequence("agent.thread_context_compacted", "agent.message");
                server.assertExhausted();
                JsonNode summary = server.requests().get(2).json();
                assertTrue(summary.path("tools").isMissingNode(), "no tools in the summarisation request: " + summary);
                assertTrue(summary.get("system").toString().contains("compact"), summary.get("system").toString());
                JsonNode messages = server.requests().get(3).json().get("messages");
                assertEquals(3, messages.size(), messages.toString());
                assertEquals("user", messages.get(0).get("role").asText());
                assertTrue(messages.get(0).toString().contains("SUMMARY: read a"), messages.get(0).toString());
                assertEquals("tool_use", messages.get(1).get("content").get(0).get("type").asText());
                assertEquals("tool_result", messages.get(2).get("content").get(0).get("type").asText());
                assertEquals(messages.get(1).get("content").get(0).get("id"),
                        messages.get(2).get("content").get(0).get("tool_use_id"));
            }
        }
    }

    private static LogView view(List<Event> events) {
        return new LogView() {
            @Override
            public long size() {
                return events.size();
            }

            @Override
            public List<Event> read(long from, int limit) {
                return events.subList((int) from, (int) Math.min(events.size(), from + limit));
            }
        };
    }
}

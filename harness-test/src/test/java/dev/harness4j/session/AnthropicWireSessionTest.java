package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.UserMessage;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.test.anthropic.AnthropicReply;
import dev.harness4j.test.anthropic.FakeAnthropicServer;
import dev.harness4j.test.anthropic.RecordedRequest;
import dev.harness4j.test.anthropic.ReplyUsage;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole session driven through langchain4j-anthropic's real client against the fake Messages API server. */
class AnthropicWireSessionTest {

    @Test
    void aToolTurnCrossesTheWireAsTheMessagesApiExpects() {
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.message().text("Reading it.").toolUse("read", "{\"file_path\": \"a.txt\"}")
                    .stopReason("tool_use").usage(new ReplyUsage(100, 20, 30, 40)).build());
            server.enqueue(AnthropicReply.message().text("It says hello.").usage(ReplyUsage.of(150, 10)).build());
            FakeReadToolset tools = new FakeReadToolset();
            try (Harness h = Harness.builder().clock(Clock.fixed(HarnessFixture.NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequential()).loadToolsets(false).toolset(tools)
                    .models(m -> AnthropicChatModel.builder().baseUrl(server.baseUrl()).apiKey("test-key")
                            .modelName(m.id()).maxRetries(0).build())
                    .build()) {
                Agent agent = h.agents().create(AgentSpec.builder().name("wire").model("claude-sonnet-4-6")
                        .system("Be brief.").tool(AgentToolset.all()).build());
                Session s = h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
                s.send(UserMessage.text("what is in a.txt?"));
                List<Event> events = new HarnessFixture().awaitTurnEnd(s);
                Transcript t = Transcript.of(events).everyToolUseHasOneResult().idleWith("end_turn");
                AgentToolUse use = t.first(AgentToolUse.class);
                assertEquals("a.txt", use.input().get("file_path"));
                ModelUsage usage = t.first(SpanModelRequestEnd.class).modelUsage();
                assertEquals(new ModelUsage(100, 20, 30, 40, null), usage, "Anthropic cache counts reach model_usage");

                server.assertNoFailures();
                List<RecordedRequest> requests = server.requests();
                assertEquals(2, requests.size());
                JsonNode first = requests.get(0).json();
                assertEquals("claude-sonnet-4-6", first.get("model").asText());
                assertTrue(first.get("system").toString().contains("Be brief."));
                assertEquals("read", first.get("tools").get(0).get("name").asText());
                JsonNode messages = requests.get(1).json().get("messages");
                assertEquals(3, messages.size(), messages.toString());
                JsonNode toolUse = find(messages.get(1).get("content"), "tool_use");
                JsonNode toolResult = find(messages.get(2).get("content"), "tool_result");
                assertEquals(use.id(), toolUse.get("id").asText());
                assertEquals(use.id(), toolResult.get("tool_use_id").asText());
                assertTrue(toolResult.toString().contains("contents of a.txt"), toolResult.toString());
            }
        }
    }

    @Test
    void httpStatusesOfTheRealClientMapToSessionErrorTypes() {
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.overloaded());
            server.enqueue(AnthropicReply.apiError());
            try (Harness h = Harness.builder().clock(Clock.fixed(HarnessFixture.NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequential()).loadToolsets(false).toolset(new FakeReadToolset())
                    .retryPolicy(RetryPolicy.NONE)
                    .models(m -> AnthropicChatModel.builder().baseUrl(server.baseUrl()).apiKey("test-key")
                            .modelName(m.id()).maxRetries(0).build())
                    .build()) {
                Agent agent = h.agents().create(AgentSpec.builder().name("wire").model("claude-sonnet-4-6").build());
                Session s = h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
                s.send(UserMessage.text("one"));
                Transcript first = Transcript.of(new HarnessFixture().awaitTurnEnd(s)).idleWith("retries_exhausted");
                assertEquals("model_overloaded_error", first.last(SessionError.class).error().type());
                s.send(UserMessage.text("two"));
                Transcript second = Transcript.of(new HarnessFixture().awaitTurnEnds(s, 2)).idleWith("retries_exhausted");
                assertEquals("model_request_failed_error", second.last(SessionError.class).error().type());
            }
        }
    }

    private static JsonNode find(JsonNode blocks, String type) {
        for (JsonNode b : blocks) {
            if (type.equals(b.path("type").asText())) {
                return b;
            }
        }
        throw new AssertionError("no " + type + " block in " + blocks);
    }
}

package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.UserMessage;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.test.anthropic.AnthropicReply;
import dev.harness4j.test.anthropic.FakeAnthropicServer;
import dev.harness4j.test.junit.HarnessExtension;
import dev.harness4j.test.junit.HarnessFixture;
import dev.harness4j.test.transcript.Transcript;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Malformed model output becomes an error tool result the model recovers from; retries work through the wire. */
@ExtendWith(HarnessExtension.class)
class MalformedOutputTest {

    @Test
    void argumentsThatAreNotAJsonObjectBecomeAnErrorResult(HarnessFixture h) {
        h.configure(b -> b.loadToolsets(false).toolset(new FakeReadToolset()));
        h.script(s -> s
                .thenReply(AiMessage.from(ToolExecutionRequest.builder().id("toolu_a").name("read")
                        .arguments("{\"file_path\": \"a.txt\"").build()))
                .thenReply(AiMessage.from(ToolExecutionRequest.builder().id("toolu_b").name("read")
                        .arguments("[1, 2]").build()))
                .expecting(r -> r.messages().stream().filter(m -> m instanceof ToolExecutionResultMessage)
                        .map(m -> (ToolExecutionResultMessage) m).allMatch(ToolExecutionResultMessage::isError),
                        "both errors reach the model as tool results")
                .thenText("sorry, fixed"));
        Session session = h.session();
        session.send(UserMessage.text("read"));
        Transcript t = Transcript.of(h.awaitTurnEnd(session)).everyToolUseHasOneResult().idleWith("end_turn")
                .doesNotContain(SessionError.TYPE);
        List<AgentToolResult> results = t.all(AgentToolResult.class);
        assertEquals(2, results.size());
        for (AgentToolResult r : results) {
            assertTrue(r.error());
            assertTrue(r.content().toString().contains("not a JSON object"), r.content().toString());
        }
        assertEquals(java.util.Map.of(), t.first(AgentToolUse.class).input(), "the malformed input is recorded empty");
        h.model().assertExhausted();
    }

    @Test
    void unknownToolsAndBadArgumentsThroughTheWireBecomeErrorResults() {
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.toolUse("frobnicate", "{\"x\": 1}"));
            server.enqueue(AnthropicReply.toolUse("read", "{\"path\": 42}"));
            server.enqueue(AnthropicReply.text("I will stop guessing."));
            try (Harness h = wireHarness(server, RetryPolicy.NONE)) {
                Session s = session(h);
                s.send(UserMessage.text("go"));
                Transcript t = Transcript.of(new HarnessFixture().awaitTurnEnd(s)).everyToolUseHasOneResult()
                        .idleWith("end_turn").doesNotContain(SessionError.TYPE);
                List<AgentToolResult> results = t.all(AgentToolResult.class);
                assertTrue(results.get(0).error() && results.get(0).content().toString().contains("unknown tool 'frobnicate'"),
                        results.get(0).toString());
                assertTrue(results.get(1).error() && results.get(1).content().toString().contains("file_path is required"),
                        results.get(1).toString());
                server.assertExhausted();
                JsonNode last = server.lastRequest().json().get("messages");
                assertEquals(5, last.size(), "user, tool_use, tool_result, tool_use, tool_result: " + last);
                assertTrue(last.get(2).toString().contains("\"is_error\":true"), last.get(2).toString());
            }
        }
    }

    @Test
    void overloadAndRateLimitThroughTheWireAreRetried() {
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.overloaded(), AnthropicReply.rateLimited(1), AnthropicReply.apiError(),
                    AnthropicReply.text("finally"));
            try (Harness h = wireHarness(server, new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(8), 3, 0))) {
                Session s = session(h);
                s.send(UserMessage.text("go"));
                Transcript t = Transcript.of(new HarnessFixture().awaitTurnEnd(s)).idleWith("end_turn");
                assertEquals(List.of("model_overloaded_error", "model_rate_limited_error", "model_request_failed_error"),
                        t.all(SessionError.class).stream().map(e -> e.error().type()).toList());
                assertEquals(4, server.requests().size(), "the client does not retry on its own (maxRetries(0))");
                server.assertExhausted();
            }
        }
    }

    private static Harness wireHarness(FakeAnthropicServer server, RetryPolicy retry) {
        return Harness.builder().clock(Clock.fixed(HarnessFixture.NOW, ZoneOffset.UTC))
                .ids(IdGenerator.sequential()).loadToolsets(false).toolset(new FakeReadToolset())
                .retryPolicy(retry).sleeper(d -> { })
                .models(m -> AnthropicChatModel.builder().baseUrl(server.baseUrl()).apiKey("test-key")
                        .modelName(m.id()).maxRetries(0).build())
                .build();
    }

    private static Session session(Harness h) {
        Agent agent = h.agents().create(AgentSpec.builder().name("wire").model("claude-sonnet-4-6")
                .tool(AgentToolset.all()).build());
        return h.sessions().create(agent, h.environments().create(EnvironmentSpec.inMemory("e")));
    }
}

package dev.harness4j.test.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives LangChain4j's real {@link AnthropicChatModel} against the fake server, over HTTP. */
class AnthropicWireTest {

    private final FakeAnthropicServer server = FakeAnthropicServer.start();
    private final AnthropicChatModel model = AnthropicChatModel.builder()
            .baseUrl(server.baseUrl())
            .apiKey("test-key")
            .modelName("claude-test")
            .maxTokens(1024)
            .maxRetries(0)
            .returnThinking(true)
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ToolExecutionRequest call(String id, String name, String args) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(args).build();
    }

    @Test
    void textReplyAndWhatTheServerReceived() {
        server.enqueue(AnthropicReply.text("Hello there"));

        ChatResponse response = model.chat(UserMessage.from("hi"));

        assertEquals("Hello there", response.aiMessage().text());
        assertEquals(FinishReason.STOP, response.finishReason());
        assertEquals("msg_01", response.id());
        assertEquals("claude-test", response.modelName());
        RecordedRequest request = server.lastRequest();
        assertEquals("POST", request.method());
        assertEquals("/v1/messages", request.path());
        assertEquals("test-key", request.header("X-Api-Key"));
        assertNotNull(request.header("anthropic-version"));
        assertFalse(request.streaming());
        JsonNode body = request.json();
        assertEquals("claude-test", body.get("model").asText());
        assertEquals(1024, body.get("max_tokens").asInt());
        assertEquals(Json.mapper().createArrayNode().add(Json.mapper().createObjectNode()
                .put("role", "user").set("content", Json.mapper().createArrayNode().add(
                        Json.mapper().createObjectNode().put("type", "text").put("text", "hi")))),
                body.get("messages"));
        server.assertExhausted();
    }

    @Test
    void toolUseArgumentsArriveAsEquivalentJson() throws Exception {
        String input = "{\"file_path\":\"a.txt\",\"limit\":5,\"flags\":[true,null],\"nested\":{\"k\":\"v\"}}";
        server.enqueue(AnthropicReply.message().text("Reading.").toolUse("read", input).build());

        ChatResponse response = model.chat(UserMessage.from("read a.txt"));

        assertEquals(FinishReason.TOOL_EXECUTION, response.finishReason());
        assertEquals("Reading.", response.aiMessage().text());
        ToolExecutionRequest tool = response.aiMessage().toolExecutionRequests().get(0);
        assertEquals("toolu_01", tool.id());
        assertEquals("read", tool.name());
        assertEquals(Json.mapper().readTree(input), Json.mapper().readTree(tool.arguments()));
    }

    @Test
    void toolResultsReachTheServerPairedWithTheirToolUse() {
        server.enqueue(AnthropicReply.text("done"));
        ChatRequest request = ChatRequest.builder().messages(
                        UserMessage.from("go"),
                        AiMessage.from(call("toolu_A", "read", "{\"file_path\":\"a\"}"),
                                call("toolu_B", "bash", "{\"command\":\"false\"}")),
                        ToolExecutionResultMessage.from("toolu_A", "read", "file body"),
                        ToolExecutionResultMessage.builder().id("toolu_B").toolName("bash").text("exit 1")
                                .isError(true).build())
                .build();

        model.chat(request);

        JsonNode messages = server.lastRequest().messages();
        assertEquals(3, messages.size());
        JsonNode uses = messages.get(1).get("content");
        assertEquals("tool_use", uses.get(0).get("type").asText());
        assertEquals("toolu_A", uses.get(0).get("id").asText());
        assertEquals("a", uses.get(0).get("input").get("file_path").asText());
        JsonNode results = messages.get(2).get("content");
        assertEquals("user", messages.get(2).get("role").asText());
        assertEquals(2, results.size(), "both results travel in one user message: " + results);
        assertEquals("tool_result", results.get(0).get("type").asText());
        assertEquals("toolu_A", results.get(0).get("tool_use_id").asText());
        assertFalse(results.get(0).path("is_error").asBoolean(false));
        assertEquals("toolu_B", results.get(1).get("tool_use_id").asText());
        assertTrue(results.get(1).get("is_error").asBoolean());
        assertEquals("exit 1", results.get(1).get("content").asText());
    }

    @Test
    void usageIsMappedWithCacheCounts() {
        server.enqueue(AnthropicReply.message().text("cached").usage(new ReplyUsage(120, 7, 30, 900)).build());

        ChatResponse response = model.chat(UserMessage.from("hi"));

        AnthropicTokenUsage usage = assertInstanceOf(AnthropicTokenUsage.class, response.tokenUsage());
        assertEquals(120, usage.inputTokenCount());
        assertEquals(7, usage.outputTokenCount());
        assertEquals(30, usage.cacheCreationInputTokens());
        assertEquals(900, usage.cacheReadInputTokens());
    }

    @Test
    void thinkingIsReturnedWithItsSignature() {
        server.enqueue(AnthropicReply.message().thinking("let me see", "sig-1").text("42").build());

        AiMessage reply = model.chat(UserMessage.from("?")).aiMessage();

        assertEquals("let me see", reply.thinking());
        assertEquals("42", reply.text());
        assertEquals("sig-1", reply.attribute("thinking_signature", String.class));
    }

    @Test
    void maxTokensStopMapsToLength() {
        server.enqueue(AnthropicReply.message().text("trunc").stopReason("max_tokens").build());
        assertEquals(FinishReason.LENGTH, model.chat(UserMessage.from("long")).finishReason());
    }

    @Test
    void systemPromptAndToolSpecificationsAsTheServerSeesThem() {
        server.enqueue(AnthropicReply.text("ok"));
        ToolSpecification read = ToolSpecification.builder().name("read").description("Reads a file")
                .parameters(JsonObjectSchema.builder().addStringProperty("file_path", "absolute path")
                        .required("file_path").build())
                .build();

        model.chat(ChatRequest.builder().messages(SystemMessage.from("You are terse."), UserMessage.from("hi"))
                .toolSpecifications(read).build());

        JsonNode body = server.lastRequest().json();
        JsonNode system = body.get("system");
        assertEquals(1, system.size(), system.toString());
        assertEquals("text", system.get(0).get("type").asText());
        assertEquals("You are terse.", system.get(0).get("text").asText());
        assertEquals(1, body.get("messages").size(), "the system prompt is not a message");
        JsonNode tool = body.get("tools").get(0);
        assertEquals("read", tool.get("name").asText());
        assertEquals("Reads a file", tool.get("description").asText());
        JsonNode schema = tool.get("input_schema");
        assertEquals("object", schema.get("type").asText());
        assertEquals("string", schema.get("properties").get("file_path").get("type").asText());
        assertEquals("absolute path", schema.get("properties").get("file_path").get("description").asText());
        assertEquals("file_path", schema.get("required").get(0).asText());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(AnthropicReply.rateLimited(7), RateLimitException.class, true),
                Arguments.of(AnthropicReply.overloaded(), InternalServerException.class, true),
                Arguments.of(AnthropicReply.apiError(), InternalServerException.class, true),
                Arguments.of(AnthropicReply.authenticationError(), AuthenticationException.class, false),
                Arguments.of(AnthropicReply.invalidRequest("messages: bad"), InvalidRequestException.class, false));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void errorStatusSurfacesAsTypedException(AnthropicReply.Error error, Class<? extends RuntimeException> type,
            boolean retriable) {
        server.enqueue(error);

        RuntimeException e = assertThrows(RuntimeException.class, () -> model.chat(UserMessage.from("hi")));

        assertEquals(type, e.getClass(), "status " + error.status() + " -> " + e);
        assertEquals(retriable, e instanceof RetriableException);
        HttpException http = assertInstanceOf(HttpException.class, e.getCause());
        assertEquals(error.status(), http.statusCode());
        assertTrue(e.getMessage().contains("\"" + error.errorType() + "\""), e.getMessage());
        assertEquals(1, server.requests().size(), "maxRetries(0) sends once");
        server.assertExhausted();
    }

    @Test
    void anOrphanToolResultIsRejectedLikeTheRealApiAndRecorded() {
        server.enqueue(AnthropicReply.text("unreachable"));
        ChatRequest orphan = ChatRequest.builder().messages(UserMessage.from("go"),
                ToolExecutionResultMessage.from("toolu_X", "read", "body")).build();

        assertThrows(InvalidRequestException.class, () -> model.chat(orphan));

        assertEquals(1, server.remaining(), "an invalid request consumes no reply");
        AssertionError e = assertThrows(AssertionError.class, server::assertNoFailures);
        assertTrue(e.getMessage().contains("toolu_X"), e.getMessage());
    }

    @Test
    void exhaustedScriptAnswers500AndRecordsTheFailure() {
        InternalServerException e = assertThrows(InternalServerException.class,
                () -> model.chat(UserMessage.from("anyone?")));

        assertTrue(e.getMessage().contains("script exhausted"), e.getMessage());
        List<String> failures = server.failures();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("request #1"), failures.get(0));
        assertTrue(failures.get(0).contains("anyone?"), failures.get(0));
    }
}

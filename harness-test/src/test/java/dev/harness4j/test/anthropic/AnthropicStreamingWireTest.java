package dev.harness4j.test.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.json.Json;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Drives LangChain4j's real {@link AnthropicStreamingChatModel} against the fake server's SSE stream. */
class AnthropicStreamingWireTest {

    @Test
    void streamedReplyIsReassembledByTheClient() throws Exception {
        String input = "{\"command\":\"ls -la /workspace\",\"timeout_ms\":1000,\"env\":{\"A\":\"b\"}}";
        try (FakeAnthropicServer server = FakeAnthropicServer.start()) {
            server.enqueue(AnthropicReply.message().thinking("plan", "sig").text("Listing.").toolUse("bash", input)
                    .usage(new ReplyUsage(50, 9, 4, 40)).build());
            AnthropicStreamingChatModel model = AnthropicStreamingChatModel.builder().baseUrl(server.baseUrl())
                    .apiKey("k").modelName("claude-test").maxTokens(256).returnThinking(true).build();
            List<String> partials = new CopyOnWriteArrayList<>();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();

            model.chat(List.of(UserMessage.from("ls")), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    partials.add(partial);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            ChatResponse response = done.get(30, TimeUnit.SECONDS);

            assertTrue(server.lastRequest().streaming());
            assertEquals(List.of("Listing."), partials);
            assertEquals("plan", response.aiMessage().thinking());
            ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().get(0);
            assertEquals("toolu_01", call.id());
            assertEquals(Json.mapper().readTree(input), Json.mapper().readTree(call.arguments()));
            assertEquals(FinishReason.TOOL_EXECUTION, response.finishReason());
            AnthropicTokenUsage usage = assertInstanceOf(AnthropicTokenUsage.class, response.tokenUsage());
            assertEquals(50, usage.inputTokenCount());
            assertEquals(9, usage.outputTokenCount());
            assertEquals(4, usage.cacheCreationInputTokens());
            assertEquals(40, usage.cacheReadInputTokens());
            server.assertExhausted();
        }
    }
}

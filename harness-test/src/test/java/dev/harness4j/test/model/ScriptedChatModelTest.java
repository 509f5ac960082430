package dev.harness4j.test.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptedChatModelTest {

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().messages(UserMessage.from(text)).build();
    }

    @Test
    void playsRepliesInOrderAndRecordsRequests() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("one")
                .thenThinkingAndText("hmm", "two")
                .build();

        ChatResponse first = model.chat(ask("a"));
        ChatResponse second = model.chat(ask("b"));

        assertEquals("one", first.aiMessage().text());
        assertEquals(FinishReason.STOP, first.finishReason());
        assertEquals("hmm", second.aiMessage().thinking());
        assertEquals("two", second.aiMessage().text());
        assertEquals(2, model.requests().size());
        assertEquals("b", ((UserMessage) model.lastRequest().messages().get(0)).singleText());
        assertEquals(0, model.remaining());
        assertEquals(2, model.requestCount());
        model.assertExhausted();
    }

    @Test
    void toolCallsGetSequentialIdsAndToolExecutionFinishReason() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenToolCall("read", "{\"file_path\":\"a.txt\"}")
                .thenToolCalls(ScriptedChatModel.toolCall("glob", "{\"pattern\":\"*.md\"}"),
                        ScriptedChatModel.toolCall("grep", "{\"pattern\":\"x\"}"))
                .thenReply(AiMessage.from(ToolExecutionRequest.builder().id("mine").name("bash")
                        .arguments("{}").build()))
                .build();

        List<ToolExecutionRequest> first = model.chat(ask("a")).aiMessage().toolExecutionRequests();
        ChatResponse second = model.chat(ask("b"));
        List<ToolExecutionRequest> third = model.chat(ask("c")).aiMessage().toolExecutionRequests();

        assertEquals("toolu_01", first.get(0).id());
        assertEquals("read", first.get(0).name());
        JsonNode args = Json.mapper().readTree(first.get(0).arguments());
        assertEquals("a.txt", args.get("file_path").asText());
        assertEquals(List.of("toolu_02", "toolu_03"),
                second.aiMessage().toolExecutionRequests().stream().map(ToolExecutionRequest::id).toList());
        assertEquals(FinishReason.TOOL_EXECUTION, second.finishReason());
        assertEquals("mine", third.get(0).id());
    }

    @Test
    void exhaustionThrowsAnAssertionErrorShowingTheRequestAndIsRecorded() {
        ScriptedChatModel model = ScriptedChatModel.builder().name("brain").thenText("only").build();
        model.chat(ask("first"));

        ScriptExhaustedException e = assertThrows(ScriptExhaustedException.class,
                () -> model.chat(ask("second question")));

        assertEquals(2, e.requestNumber());
        assertTrue(e.getMessage().contains("'brain'"), e.getMessage());
        assertTrue(e.getMessage().contains("request #2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"second question\""), e.getMessage());
        assertEquals(1, model.failures().size());
        AssertionError reported = assertThrows(AssertionError.class, model::assertExhausted);
        assertSame(e, reported.getSuppressed()[0]);
    }

    @Test
    void anEmptyScriptRejectsAnyCall() {
        ScriptedChatModel model = ScriptedChatModel.builder().build();
        model.assertExhausted();
        assertThrows(ScriptExhaustedException.class, () -> model.chat(ask("x")));
    }

    @Test
    void unmetExpectationNamesTheStepTheExpectationAndTheRequest() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("hello")
                .expecting(r -> r.messages().size() == 3, "three messages")
                .thenText("never")
                .build();
        model.chat(ask("hi"));

        UnexpectedRequestException e = assertThrows(UnexpectedRequestException.class,
                () -> model.chat(ask("again")));

        assertEquals(2, e.stepNumber());
        assertTrue(e.getMessage().contains("step 2"), e.getMessage());
        assertTrue(e.getMessage().contains("expected: three messages"), e.getMessage());
        assertTrue(e.getMessage().contains("1 message: user(\"again\")"), e.getMessage());
        assertThrows(AssertionError.class, model::assertNoFailures);
    }

    @Test
    void expectationThatThrowsCountsAsUnmet() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .expecting(r -> ((ToolExecutionResultMessage) r.messages().get(0)).id().equals("x"), "a tool result")
                .thenText("t")
                .build();
        UnexpectedRequestException e = assertThrows(UnexpectedRequestException.class, () -> model.chat(ask("q")));
        assertTrue(e.getMessage().contains("ClassCastException"), e.getMessage());
    }

    @Test
    void metExpectationsPass() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .expecting(r -> r.messages().get(0) instanceof SystemMessage, "a system prompt first")
                .expecting(r -> r.messages().size() == 2, "two messages")
                .thenText("ok")
                .build();
        model.chat(ChatRequest.builder().messages(SystemMessage.from("sys"), UserMessage.from("u")).build());
        model.assertExhausted();
    }

    @Test
    void usageIsOverriddenPerStepOrEstimatedDeterministically() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("a").withUsage(1000, 20)
                .thenText("b")
                .thenText("b")
                .build();
        assertEquals(new TokenUsage(1000, 20), model.chat(ask("x")).tokenUsage());
        TokenUsage small = model.chat(ask("x")).tokenUsage();
        TokenUsage large = model.chat(ask("x".repeat(4000))).tokenUsage();
        assertTrue(small.inputTokenCount() > 0 && small.outputTokenCount() > 0, small.toString());
        assertTrue(large.inputTokenCount() >= small.inputTokenCount() + 999, large + " vs " + small);
        assertEquals(small.outputTokenCount(), large.outputTokenCount());
        ScriptedChatModel again = ScriptedChatModel.builder().thenText("a").thenText("b").build();
        again.chat(ask("x"));
        assertEquals(small, again.chat(ask("x")).tokenUsage());
    }

    @Test
    void computedRepliesSeeTheRequestAndGetDefaultsFilledIn() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .then(r -> ChatResponse.builder()
                        .aiMessage(AiMessage.from("echo " + ((UserMessage) r.messages().get(0)).singleText()))
                        .build())
                .then(ChatResponse.builder().aiMessage(AiMessage.from("cut")).finishReason(FinishReason.LENGTH)
                        .build())
                .build();
        ChatResponse echoed = model.chat(ask("ping"));
        assertEquals("echo ping", echoed.aiMessage().text());
        assertEquals("scripted", echoed.modelName());
        assertEquals("msg_01", echoed.id());
        assertNotNull(echoed.tokenUsage());
        assertEquals(FinishReason.LENGTH, model.chat(ask("x")).finishReason());
    }

    @Test
    void injectedFailureIsThrownAndConsumesTheStep() {
        IllegalStateException boom = new IllegalStateException("overloaded");
        ScriptedChatModel model = ScriptedChatModel.builder().thenFail(boom).thenText("recovered").build();
        assertSame(boom, assertThrows(IllegalStateException.class, () -> model.chat(ask("x"))));
        assertEquals("recovered", model.chat(ask("x")).aiMessage().text());
        model.assertExhausted();
    }

    @Test
    void assertExhaustedListsUnplayedSteps() {
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("a").thenToolCall("read", "{}").build();
        model.chat(ask("x"));
        AssertionError e = assertThrows(AssertionError.class, model::assertExhausted);
        assertTrue(e.getMessage().contains("1 unplayed step"), e.getMessage());
        assertTrue(e.getMessage().contains("step 2: reply ai(tool_use read"), e.getMessage());
    }

    @Test
    void builderRejectsBadInputEagerly() {
        ScriptedChatModelBuilder b = ScriptedChatModel.builder();
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> b.thenToolCall("read", "{file_path"));
        assertTrue(notJson.getMessage().contains("'read'"), notJson.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.thenToolCall("read", "[1]"));
        assertThrows(IllegalArgumentException.class, () -> b.thenToolCalls());
        assertThrows(IllegalStateException.class, () -> b.withUsage(1, 1));
        assertThrows(IllegalArgumentException.class, () -> b.thenText("x").withUsage(-1, 1));
        assertThrows(IllegalStateException.class,
                () -> ScriptedChatModel.builder().thenText("x").expecting(r -> true, "dangling").build());
        assertThrows(IllegalStateException.class, () -> ScriptedChatModel.builder().looping().build());
        assertThrows(IllegalArgumentException.class, ScriptedChatModel::looping);
    }

    @Test
    void lastRequestFailsWhenNothingWasAsked() {
        assertThrows(AssertionError.class, () -> ScriptedChatModel.builder().build().lastRequest());
    }

    @Test
    void loopingNeverExhaustsAndKeepsToolIdsUnique() {
        ScriptedChatModel model = ScriptedChatModel.looping(AiMessage.from("a"),
                AiMessage.from(ScriptedChatModel.toolCall("read", "{}")));
        assertEquals("a", model.chat(ask("1")).aiMessage().text());
        assertEquals("toolu_01", model.chat(ask("2")).aiMessage().toolExecutionRequests().get(0).id());
        assertEquals("a", model.chat(ask("3")).aiMessage().text());
        assertEquals("toolu_02", model.chat(ask("4")).aiMessage().toolExecutionRequests().get(0).id());
        assertEquals(Integer.MAX_VALUE, model.remaining());
        model.assertExhausted();
    }

    @Test
    void responderCanKeepOnlyTheLastRequest() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .then(r -> ChatResponse.builder().aiMessage(AiMessage.from("ok")).build())
                .looping().keepingOnlyLastRequest().build();
        for (int i = 0; i < 5; i++) {
            model.chat(ask("q" + i));
        }
        assertEquals(List.of(), model.requests());
        assertEquals("q4", ((UserMessage) model.lastRequest().messages().get(0)).singleText());
        assertEquals(5, model.requestCount());
        assertNull(ScriptedChatModel.responder(r -> ChatResponse.builder().aiMessage(AiMessage.from("x")).build())
                .chat(ask("y")).aiMessage().thinking());
    }
}

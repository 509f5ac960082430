package dev.harness4j.bench.fake;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

/**
 * A zero-latency LangChain4j {@link ChatModel} playing a {@link Script}: the replies are built once, so a call costs
 * a counter increment. harness4j and LangChain4j AiServices both drive this same model.
 */
public final class FakeChatModel implements ChatModel {
    private final Script script;
    private final ChatResponse[] toolCalls;
    private final ChatResponse answer;

    /** A model for exchanges of {@code n} tool calls. */
    public FakeChatModel(int n) {
        this.script = new Script(n);
        this.toolCalls = new ChatResponse[n];
        for (int i = 0; i < n; i++) {
            ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + i).name(Workload.TOOL)
                    .arguments(Workload.ARGS_JSON).build();
            toolCalls[i] = ChatResponse.builder().aiMessage(AiMessage.from(call)).tokenUsage(new TokenUsage(100, 20))
                    .finishReason(FinishReason.TOOL_EXECUTION).build();
        }
        this.answer = ChatResponse.builder().aiMessage(AiMessage.from(Workload.ANSWER))
                .tokenUsage(new TokenUsage(100, 20)).finishReason(FinishReason.STOP).build();
    }

    /** Starts a new exchange. */
    public void reset() {
        script.reset();
    }

    /** Fails unless the exchange since {@link #reset()} played the whole script; see {@link Script#verifyCompleted()}. */
    public void verifyCompleted() {
        script.verifyCompleted();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        int i = script.next();
        return i < 0 ? answer : toolCalls[i];
    }
}

package dev.harness4j.test.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds a {@link ScriptedChatModel} step by step. {@code then…} methods append a step; {@link #expecting} attaches a
 * check to the <em>next</em> step; {@link #withUsage} and {@link #withFinishReason} modify the step <em>just
 * added</em>. Arguments are validated when given, so a script that builds is a script that plays.
 */
public final class ScriptedChatModelBuilder {
    private static final int MAX_LABEL = 60;

    private String name = "scripted";
    private ScriptedChatModel.Playback playback = ScriptedChatModel.Playback.ONCE;
    private ScriptedChatModel.Recording recording = ScriptedChatModel.Recording.ALL;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Step.Expectation> pending = new ArrayList<>();

    ScriptedChatModelBuilder() {
    }

    /** Names the model (used in failure messages and as the model name of replies that set none). */
    public ScriptedChatModelBuilder name(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        this.name = name;
        return this;
    }

    /** Next, reply with this message (tool calls without an id get {@code toolu_NN}). */
    public ScriptedChatModelBuilder thenReply(AiMessage message) {
        Objects.requireNonNull(message, "message");
        ChatResponse response = ChatResponse.builder().aiMessage(message).build();
        return add("reply " + describe(message), request -> response);
    }

    /** Next, reply with plain text. */
    public ScriptedChatModelBuilder thenText(String text) {
        Objects.requireNonNull(text, "text");
        return thenReply(AiMessage.from(text));
    }

    /** Next, reply with a thinking block followed by text. */
    public ScriptedChatModelBuilder thenThinkingAndText(String thinking, String text) {
        Objects.requireNonNull(thinking, "thinking");
        Objects.requireNonNull(text, "text");
        return thenReply(AiMessage.builder().thinking(thinking).text(text).build());
    }

    /** Next, call one tool; {@code argumentsJson} must be a JSON object. */
    public ScriptedChatModelBuilder thenToolCall(String toolName, String argumentsJson) {
        return thenToolCalls(ScriptedChatModel.toolCall(toolName, argumentsJson));
    }

    /** Next, call several tools in one message (build them with {@link ScriptedChatModel#toolCall}). */
    public ScriptedChatModelBuilder thenToolCalls(ToolExecutionRequest... calls) {
        return thenTextAndToolCalls(null, calls);
    }

    /** Next, say {@code text} (may be null) and call these tools in the same message. */
    public ScriptedChatModelBuilder thenTextAndToolCalls(String text, ToolExecutionRequest... calls) {
        Objects.requireNonNull(calls, "calls");
        if (calls.length == 0) {
            throw new IllegalArgumentException("a tool-call step needs at least one call");
        }
        List<ToolExecutionRequest> list = new ArrayList<>(calls.length);
        for (ToolExecutionRequest c : calls) {
            Objects.requireNonNull(c, "tool call");
            list.add(ScriptedChatModel.toolCall(c.name(), c.arguments()).toBuilder().id(c.id()).build());
        }
        return thenReply(AiMessage.builder().text(text).toolExecutionRequests(list).build());
    }

    /** Next, return this response as it is (missing id, usage and finish reason are filled in). */
    public ScriptedChatModelBuilder then(ChatResponse response) {
        Objects.requireNonNull(response, "response");
        return add("response " + describe(response.aiMessage()), request -> response);
    }

    /** Next, compute the response from the request. */
    public ScriptedChatModelBuilder then(Function<ChatRequest, ChatResponse> responder) {
        Objects.requireNonNull(responder, "responder");
        return add("computed reply", responder);
    }

    /** Next, throw this exception (to test retries and error handling). */
    public ScriptedChatModelBuilder thenFail(RuntimeException failure) {
        Objects.requireNonNull(failure, "failure");
        return add("fail with " + failure, request -> {
            throw failure;
        });
    }

    /** Attaches a check to the next step: the request it answers must satisfy {@code check}. */
    public ScriptedChatModelBuilder expecting(Predicate<ChatRequest> check, String description) {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(description, "description");
        pending.add(new Step.Expectation(check, description));
        return this;
    }

    /** Sets the token usage reported by the step just added (instead of the estimate). */
    public ScriptedChatModelBuilder withUsage(int inputTokens, int outputTokens) {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: input=" + inputTokens
                    + ", output=" + outputTokens);
        }
        last("withUsage").usage = new TokenUsage(inputTokens, outputTokens);
        return this;
    }

    /** Sets the finish reason reported by the step just added (for example {@link FinishReason#LENGTH}). */
    public ScriptedChatModelBuilder withFinishReason(FinishReason finishReason) {
        last("withFinishReason").finishReason = Objects.requireNonNull(finishReason, "finishReason");
        return this;
    }

    /** Plays the steps in a cycle forever instead of once (for load tests; the model never exhausts). */
    public ScriptedChatModelBuilder looping() {
        this.playback = ScriptedChatModel.Playback.LOOP;
        return this;
    }

    /** Keeps only the last request instead of all of them (for long load tests). */
    public ScriptedChatModelBuilder keepingOnlyLastRequest() {
        this.recording = ScriptedChatModel.Recording.LAST_ONLY;
        return this;
    }

    /** Builds the model; fails if an expectation has no step to attach to or a looping script is empty. */
    public ScriptedChatModel build() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("expecting(\"" + pending.get(0).description()
                    + "\") is not followed by a step to attach it to");
        }
        if (playback == ScriptedChatModel.Playback.LOOP && drafts.isEmpty()) {
            throw new IllegalStateException("a looping script needs at least one step");
        }
        List<Step> steps = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            steps.add(new Step(i + 1, d.label, d.expectations, d.reply, d.usage, d.finishReason));
        }
        return new ScriptedChatModel(name, steps, playback, recording);
    }

    private ScriptedChatModelBuilder add(String label, Function<ChatRequest, ChatResponse> reply) {
        drafts.add(new Draft(label, List.copyOf(pending), reply));
        pending.clear();
        return this;
    }

    private Draft last(String method) {
        if (drafts.isEmpty()) {
            throw new IllegalStateException(method + "(...) modifies the step just added, but there is none yet");
        }
        return drafts.get(drafts.size() - 1);
    }

    private static String describe(AiMessage message) {
        String s = RequestSummary.of(message);
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL) + "…";
    }

    private static final class Draft {
        final String label;
        final List<Step.Expectation> expectations;
        final Function<ChatRequest, ChatResponse> reply;
        TokenUsage usage;
        FinishReason finishReason;

        Draft(String label, List<Step.Expectation> expectations, Function<ChatRequest, ChatResponse> reply) {
            this.label = label;
            this.expectations = expectations;
            this.reply = reply;
        }
    }
}

package dev.harness4j.test.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link ChatModel} that plays back a script of replies in order and records every request it receives.
 *
 * <p>It fails loudly: a request after the last step throws {@link ScriptExhaustedException}, a request that fails
 * the expectation attached to its step throws {@link UnexpectedRequestException}; both are also kept so that
 * {@link #assertExhausted()} reports them even if the code under test swallowed them. Tool calls without an id get
 * {@code toolu_01}, {@code toolu_02}, … in the order they are played; replies without usage get a deterministic
 * estimate that grows with the request. The model is thread-safe: several sessions may share one.
 */
public final class ScriptedChatModel implements ChatModel {

    /** Whether the script is played once or cycled forever. */
    enum Playback { ONCE, LOOP }

    /** Whether every request is kept or only the last one. */
    enum Recording { ALL, LAST_ONLY }

    private final String name;
    private final List<Step> steps;
    private final Playback playback;
    private final Recording recording;

    private final Object lock = new Object();
    private final List<ChatRequest> requests = new ArrayList<>();
    private final List<AssertionError> failures = new ArrayList<>();
    private ChatRequest lastRequest;
    private int played;
    private int toolCallIds;
    private int responseIds;

    ScriptedChatModel(String name, List<Step> steps, Playback playback, Recording recording) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.playback = playback;
        this.recording = recording;
    }

    /** A builder for a script played once, step by step. */
    public static ScriptedChatModelBuilder builder() {
        return new ScriptedChatModelBuilder();
    }

    /** A model that answers every request with these replies in turn, starting over after the last (never exhausts). */
    public static ScriptedChatModel looping(AiMessage... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("looping(...) needs at least one reply");
        }
        ScriptedChatModelBuilder b = builder().name("looping");
        for (AiMessage reply : replies) {
            b.thenReply(reply);
        }
        return b.looping().build();
    }

    /** A model that computes the answer to every request with {@code responder} (never exhausts). */
    public static ScriptedChatModel responder(Function<ChatRequest, ChatResponse> responder) {
        return builder().name("responder").then(responder).looping().build();
    }

    /**
     * A tool call without an id (the model assigns {@code toolu_NN} when it plays it), for
     * {@link ScriptedChatModelBuilder#thenToolCalls}. The arguments must be a JSON object.
     */
    public static ToolExecutionRequest toolCall(String name, String argumentsJson) {
        Objects.requireNonNull(name, "tool name");
        Objects.requireNonNull(argumentsJson, "tool arguments");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tool name is blank");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(argumentsJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("arguments of tool call '" + name + "' are not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("arguments of tool call '" + name + "' must be a JSON object, got: "
                    + argumentsJson);
        }
        return ToolExecutionRequest.builder().name(name).arguments(argumentsJson).build();
    }

    /** The name given to the builder; also the model name of replies that set none. */
    public String name() {
        return name;
    }

    /** Plays the next step against {@code request}. */
    @Override
    public ChatResponse doChat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Step step;
        synchronized (lock) {
            played++;
            lastRequest = request;
            if (recording == Recording.ALL) {
                requests.add(request);
            }
            if (playback == Playback.LOOP) {
                step = steps.get((played - 1) % steps.size());
            } else if (played > steps.size()) {
                throw recorded(new ScriptExhaustedException(name, played, steps.size(), RequestSummary.of(request)));
            } else {
                step = steps.get(played - 1);
            }
        }
        checkExpectations(step, request);
        ChatResponse raw = step.reply().apply(request);
        if (raw == null) {
            throw recorded(new AssertionError("scripted model '" + name + "', step " + step.number() + " ("
                    + step.label() + ") computed a null response\nrequest: " + RequestSummary.of(request)));
        }
        return complete(raw, request, step);
    }

    private void checkExpectations(Step step, ChatRequest request) {
        for (Step.Expectation e : step.expectations()) {
            boolean ok;
            String expected = e.description();
            try {
                ok = e.predicate().test(request);
            } catch (RuntimeException ex) {
                ok = false;
                expected += " (the check threw " + ex + ")";
            }
            if (!ok) {
                throw recorded(new UnexpectedRequestException(name, step.number(), step.label(), expected,
                        RequestSummary.of(request)));
            }
        }
    }

    private ChatResponse complete(ChatResponse raw, ChatRequest request, Step step) {
        AiMessage message = withToolCallIds(raw.aiMessage());
        TokenUsage usage = step.usage() != null ? step.usage()
                : raw.tokenUsage() != null ? raw.tokenUsage() : TokenEstimate.of(request, message);
        FinishReason finish = step.finishReason() != null ? step.finishReason()
                : raw.finishReason() != null ? raw.finishReason()
                : message.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP;
        String id = raw.id() != null ? raw.id() : nextResponseId();
        String model = raw.modelName() != null ? raw.modelName() : name;
        ChatResponseMetadata.Builder<?> metadata = raw.metadata() != null
                ? raw.metadata().toBuilder() : ChatResponseMetadata.builder();
        metadata.id(id).modelName(model).tokenUsage(usage).finishReason(finish);
        return ChatResponse.builder().aiMessage(message).metadata(metadata.build()).build();
    }

    private AiMessage withToolCallIds(AiMessage message) {
        List<ToolExecutionRequest> calls = message.toolExecutionRequests();
        if (calls == null || calls.stream().allMatch(c -> c.id() != null && !c.id().isBlank())) {
            return message;
        }
        List<ToolExecutionRequest> filled = new ArrayList<>(calls.size());
        synchronized (lock) {
            for (ToolExecutionRequest c : calls) {
                filled.add(c.id() != null && !c.id().isBlank() ? c
                        : c.toBuilder().id(String.format("toolu_%02d", ++toolCallIds)).build());
            }
        }
        return message.toBuilder().toolExecutionRequests(filled).build();
    }

    private String nextResponseId() {
        synchronized (lock) {
            return String.format("msg_%02d", ++responseIds);
        }
    }

    private AssertionError recorded(AssertionError failure) {
        synchronized (lock) {
            failures.add(failure);
        }
        return failure;
    }

    /** Every request received so far, in arrival order (empty when the model was built to keep only the last). */
    public List<ChatRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** The most recent request; fails if there was none. */
    public ChatRequest lastRequest() {
        synchronized (lock) {
            if (lastRequest == null) {
                throw new AssertionError("scripted model '" + name + "' has received no request");
            }
            return lastRequest;
        }
    }

    /** How many requests the model has received, answered or not. */
    public int requestCount() {
        synchronized (lock) {
            return played;
        }
    }

    /** How many steps are left to play; {@link Integer#MAX_VALUE} for a looping model. */
    public int remaining() {
        if (playback == Playback.LOOP) {
            return Integer.MAX_VALUE;
        }
        synchronized (lock) {
            return Math.max(0, steps.size() - played);
        }
    }

    /** The failures raised so far (exhaustion, unmet expectations, null computed replies), in order. */
    public List<AssertionError> failures() {
        synchronized (lock) {
            return List.copyOf(failures);
        }
    }

    /** Fails if any failure was raised (even one the code under test caught). */
    public void assertNoFailures() {
        synchronized (lock) {
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError("scripted model '" + name + "' raised " + failures.size()
                        + " failure(s); the first: " + failures.get(0).getMessage());
                failures.forEach(error::addSuppressed);
                throw error;
            }
        }
    }

    /**
     * Fails if any failure was raised or, for a script played once, if steps were left unplayed (listing them).
     */
    public void assertExhausted() {
        assertNoFailures();
        if (playback == Playback.LOOP) {
            return;
        }
        synchronized (lock) {
            if (played < steps.size()) {
                StringBuilder sb = new StringBuilder("scripted model '" + name + "' received " + played
                        + " request(s) but has " + (steps.size() - played) + " unplayed step(s):");
                for (Step s : steps.subList(played, steps.size())) {
                    sb.append("\n  step ").append(s.number()).append(": ").append(s.label());
                }
                throw new AssertionError(sb.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "ScriptedChatModel[" + name + ", " + steps.size() + " steps, " + playback.name().toLowerCase() + "]";
    }
}

package dev.harness4j.outcome;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.brain.UsageMapper;
import dev.harness4j.event.ModelUsage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Grader} that asks a LangChain4j {@link ChatModel}. Each grading starts a fresh conversation: the
 * {@linkplain GradingPrompt#SYSTEM system prompt} (role, rules, reply format), then one user message with the
 * description, the rubric, the deliverables (each fenced under its path; at most {@code maxDeliverableChars}
 * characters of their text in total) and the final message. The reply must hold a JSON object
 * {@code {"result": "satisfied"|"needs_revision"|"failed", "explanation": "..."}}; the first such object in the text
 * counts. A reply that cannot be read is answered, up to {@code retries} times (default 1), with a message naming the
 * problem and asking again in the same conversation (which then holds only the grader's own reply besides the
 * material); if it still cannot be read the verdict is {@link Verdict#FAILED} with an explanation that says so.
 * Usage is summed over every request. A failing model call becomes a {@link GradingException}. Thread-safe if the
 * model is.
 */
public final class ModelGrader implements Grader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelGrader.class);

    /** The default cap on the deliverables' text in one grading request (about 50k tokens). */
    public static final int DEFAULT_MAX_DELIVERABLE_CHARS = 200_000;
    /** The default number of corrective retries after an unreadable reply. */
    public static final int DEFAULT_RETRIES = 1;
    /** The most corrective retries allowed. */
    public static final int MAX_RETRIES = 3;

    private final ChatModel model;
    private final int maxDeliverableChars;
    private final int retries;
    private final ChatRequestParameters parameters;

    private ModelGrader(Builder b) {
        this.model = b.model;
        this.maxDeliverableChars = b.maxDeliverableChars;
        this.retries = b.retries;
        this.parameters = b.parameters;
    }

    /** A grader with the default caps asking {@code model}. */
    public static ModelGrader of(ChatModel model) {
        return builder(model).build();
    }

    /** A builder for a grader asking {@code model}. */
    public static Builder builder(ChatModel model) {
        return new Builder(model);
    }

    /** The first chat request of a grading: the system prompt and the one user message (visible for inspection). */
    public ChatRequest chatRequest(GradingRequest request) {
        Objects.requireNonNull(request, "request");
        return request(firstMessages(request));
    }

    private ChatRequest request(List<ChatMessage> messages) {
        ChatRequest.Builder b = ChatRequest.builder().messages(List.copyOf(messages));
        if (parameters != null) {
            b.parameters(parameters);
        }
        return b.build();
    }

    @Override
    public GradeResult grade(GradingRequest request) {
        Objects.requireNonNull(request, "request");
        List<ChatMessage> messages = new ArrayList<>(firstMessages(request));
        ModelUsage usage = ModelUsage.ZERO;
        String problem = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            ChatResponse response = call(request, messages, attempt);
            usage = usage.plus(UsageMapper.map(response.tokenUsage()));
            AiMessage reply = response.aiMessage();
            String text = reply == null ? null : reply.text();
            VerdictParser.Parsed parsed = VerdictParser.parse(text);
            if (parsed instanceof VerdictParser.Ok ok) {
                LOG.debug("outcome {} iteration {}: {}", request.outcomeId(), request.iteration(),
                        ok.verdict().wireName());
                return new GradeResult(ok.verdict(), ok.explanation(), usage);
            }
            problem = ((VerdictParser.Problem) parsed).problem();
            LOG.debug("outcome {} iteration {}: unreadable grader reply (attempt {}): {}", request.outcomeId(),
                    request.iteration(), attempt + 1, problem);
            messages.add(AiMessage.from(text == null || text.isEmpty() ? "(empty reply)" : text));
            messages.add(UserMessage.from(GradingPrompt.correction(problem)));
        }
        return new GradeResult(Verdict.FAILED, "The grader's reply could not be read after " + (retries + 1)
                + (retries == 0 ? " attempt: " : " attempts: ") + problem + ".", usage);
    }

    private List<ChatMessage> firstMessages(GradingRequest request) {
        return List.of(SystemMessage.from(GradingPrompt.SYSTEM),
                UserMessage.from(GradingPrompt.userMessage(request, maxDeliverableChars)));
    }

    private ChatResponse call(GradingRequest request, List<ChatMessage> messages, int attempt) {
        try {
            ChatResponse response = model.chat(request(messages));
            if (response == null) {
                throw new GradingException("outcome " + request.outcomeId() + " iteration " + request.iteration()
                        + ": the grader model returned no response", null);
            }
            return response;
        } catch (GradingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GradingException("outcome " + request.outcomeId() + " iteration " + request.iteration()
                    + ": the grader model request failed (attempt " + (attempt + 1) + "): " + e.getMessage(), e);
        }
    }

    /** Configures a {@link ModelGrader}. */
    public static final class Builder {
        private final ChatModel model;
        private int maxDeliverableChars = DEFAULT_MAX_DELIVERABLE_CHARS;
        private int retries = DEFAULT_RETRIES;
        private ChatRequestParameters parameters;

        private Builder(ChatModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        /** The most characters of deliverable text put into one request (at least 0; default 200,000). */
        public Builder maxDeliverableChars(int chars) {
            if (chars < 0) {
                throw new InvalidRequestException("maxDeliverableChars must not be negative, got " + chars);
            }
            this.maxDeliverableChars = chars;
            return this;
        }

        /** How many times an unreadable reply is answered with a request to try again (0–3; default 1). */
        public Builder retries(int retries) {
            if (retries < 0 || retries > MAX_RETRIES) {
                throw new InvalidRequestException("retries must be between 0 and " + MAX_RETRIES + ", got " + retries);
            }
            this.retries = retries;
            return this;
        }

        /** Request parameters (model name, temperature, output cap, ...) for every request; null: the model's own. */
        public Builder parameters(ChatRequestParameters parameters) {
            this.parameters = parameters;
            return this;
        }

        /** Builds the grader. */
        public ModelGrader build() {
            return new ModelGrader(this);
        }
    }
}

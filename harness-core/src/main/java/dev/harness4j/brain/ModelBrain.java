package dev.harness4j.brain;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.harness4j.agent.Agent;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default brain: drives any LangChain4j {@link ChatModel}. It projects the log into chat messages incrementally
 * (a per-session projection cached in this instance, rebuilt from the log whenever it is missing), sends them with the
 * agent's system prompt and tool specifications, and turns the reply into moves and usage.
 */
public final class ModelBrain implements Brain {
    private final ModelResolver models;
    private final CompactionPolicy compaction;
    private final Map<String, Projection> projections = new ConcurrentHashMap<>();

    /** A brain that asks {@code models} for each agent's chat model, compacting as {@link CompactionPolicy#DEFAULTS}. */
    public ModelBrain(ModelResolver models) {
        this(models, CompactionPolicy.DEFAULTS);
    }

    /** A brain that asks {@code models} for the chat model of each agent and compacts long conversations as given. */
    public ModelBrain(ModelResolver models, CompactionPolicy compaction) {
        this.models = Objects.requireNonNull(models, "models");
        this.compaction = Objects.requireNonNull(compaction, "compaction");
    }

    @Override
    public BrainResponse next(BrainRequest request) {
        List<ChatMessage> messages = project(request);
        ChatModel model = models.resolve(request.agent().model());
        ChatRequest.Builder chat = ChatRequest.builder().messages(messages);
        if (!request.tools().isEmpty()) {
            chat.toolSpecifications(request.tools());
        }
        ChatResponse response;
        try {
            response = model.chat(chat.build());
        } catch (RuntimeException e) {
            throw ModelErrors.classify(e);
        }
        if (response == null || response.aiMessage() == null) {
            throw new ModelCallException("model_request_failed_error", false, "the model returned no message", null);
        }
        return new BrainResponse(moves(response.aiMessage()), UsageMapper.map(response.tokenUsage()));
    }

    @Override
    public ContextCheck checkContext(BrainRequest request) {
        if (!compaction.enabled()) {
            return ContextCheck.FITS;
        }
        Projection projection = projection(request);
        synchronized (projection) {
            projection.advance(request.log());
            ContextWindow w = projection.window();
            if (!w.overThreshold()) {
                return ContextCheck.FITS;
            }
            if (w.ineffective() >= compaction.maxIneffectiveAttempts()) {
                return new ContextCheck(ContextCheck.Action.LIMIT_REACHED, w.lastInputTokens(), w.ineffective());
            }
            if (ContextWindow.cutPoint(projection.committed(), compaction.keepRecentMessages()) == 0) {
                return ContextCheck.FITS; // nothing old enough to summarise; the request goes as it is
            }
            return new ContextCheck(ContextCheck.Action.COMPACT, w.lastInputTokens(), w.ineffective());
        }
    }

    @Override
    public Compaction compact(BrainRequest request) {
        Projection projection = projection(request);
        List<ChatMessage> committed;
        long tokens;
        synchronized (projection) {
            projection.advance(request.log());
            committed = projection.committed();
            tokens = projection.window().lastInputTokens();
        }
        int cut = ContextWindow.cutPoint(committed, compaction.keepRecentMessages());
        if (cut == 0) {
            throw new IllegalStateException("session " + request.sessionId() + " has nothing old enough to compact");
        }
        ChatModel model = models.resolve(request.agent().model());
        ChatResponse response;
        try {
            response = model.chat(Summariser.request(compaction.instruction(), committed.subList(0, cut)));
        } catch (RuntimeException e) {
            throw ModelErrors.classify(e);
        }
        String summary = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (summary == null || summary.isBlank()) {
            throw new ModelCallException("model_request_failed_error", true,
                    "the summarisation request of a compaction returned no text", null);
        }
        return new Compaction(summary, tokens, cut, UsageMapper.map(response.tokenUsage()));
    }

    private Projection projection(BrainRequest request) {
        return projections.computeIfAbsent(request.sessionId(), id -> new Projection(compaction.thresholdTokens()));
    }

    @Override
    public void forget(String sessionId) {
        projections.remove(sessionId);
    }

    /** The messages the next request of a session would carry (system prompt first). */
    public List<ChatMessage> project(BrainRequest request) {
        Projection projection = projection(request);
        List<ChatMessage> conversation;
        synchronized (projection) {
            projection.advance(request.log());
            conversation = projection.snapshot();
        }
        Agent agent = request.agent();
        if (agent.system() == null || agent.system().isEmpty()) {
            return conversation;
        }
        List<ChatMessage> messages = new ArrayList<>(conversation.size() + 1);
        messages.add(SystemMessage.from(agent.system()));
        messages.addAll(conversation);
        return messages;
    }

    private static List<BrainMove> moves(AiMessage ai) {
        List<BrainMove> moves = new ArrayList<>(2);
        if (ai.thinking() != null && !ai.thinking().isEmpty()) {
            moves.add(new BrainMove.Think());
        }
        if (ai.text() != null && !ai.text().isEmpty()) {
            moves.add(new BrainMove.Say(ai.text()));
        }
        if (ai.toolExecutionRequests() != null) {
            for (ToolExecutionRequest r : ai.toolExecutionRequests()) {
                moves.add(call(r));
            }
        }
        return moves;
    }

    private static BrainMove.CallTool call(ToolExecutionRequest r) {
        String name = r.name() == null ? "" : r.name();
        try {
            return BrainMove.CallTool.of(name, Conversions.parseArguments(r.arguments()));
        } catch (JsonProcessingException e) {
            return new BrainMove.CallTool(name, Map.of(), "the tool call's arguments are not a JSON object: "
                    + e.getOriginalMessage());
        }
    }
}

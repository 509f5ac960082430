package dev.harness4j.session;

import dev.harness4j.brain.BrainRequest;
import dev.harness4j.brain.Compaction;
import dev.harness4j.brain.ContextCheck;
import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.StopReason;
import dev.harness4j.json.Json;
import dev.harness4j.usage.ListCost;
import dev.harness4j.usage.UsageLimits;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs before each model call of a turn: the loop limits (model calls per message, the stuck-loop guard), the
 * session budget and context compaction. Each either lets the turn go on or appends the events that end it.
 */
final class TurnGuards {
    private static final Logger log = LoggerFactory.getLogger(TurnGuards.class);
    private static final int MAX_INPUT_CHARS = 300;

    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final ModelRequests requests;
    private final RepeatedCalls repeats = new RepeatedCalls();
    private boolean warnedUnpriced;

    TurnGuards(SessionContext ctx, Consumer<List<? extends Event>> append, ModelRequests requests) {
        this.ctx = ctx;
        this.append = append;
        this.requests = requests;
    }

    /** Whether the turn may make its next model call ({@code calls} made so far); if not, appends the turn's end. */
    boolean proceed(int calls) {
        int maxCalls = ctx.limits().maxModelCallsPerMessage();
        if (calls >= maxCalls) {
            return stop(ErrorInfo.of("tool_use_limit_reached_error", "the agent made " + calls
                    + " model calls for one user message; the limit is " + maxCalls, ErrorInfo.RetryStatus.EXHAUSTED));
        }
        UsageLimits limits = ctx.controls().usageLimits();
        repeats.advance(ctx);
        if (repeats.streak() >= limits.maxRepeatedToolCalls()) {
            RepeatedCalls.Call call = repeats.repeated();
            int n = repeats.streak();
            repeats.reset();
            return stop(ErrorInfo.of("tool_use_limit_reached_error", "the agent is stuck in a loop: it called "
                    + call.name() + " with the input " + json(call.input()) + " " + n
                    + " times in a row and got the same result each time (the limit is "
                    + limits.maxRepeatedToolCalls() + ")", ErrorInfo.RetryStatus.EXHAUSTED));
        }
        if (limits.maxListCost() != null && budgetReached(limits.maxListCost())) {
            append.accept(List.of(idle(StopReason.BUDGET_REACHED)));
            return false;
        }
        return compactIfNeeded();
    }

    private boolean budgetReached(ListCost budget) {
        ctx.usage().advance(ctx);
        ListCost cost = ctx.usage().listCost();
        if (cost == null) {
            if (!warnedUnpriced) {
                warnedUnpriced = true;
                log.warn("session {}: the price table has no price for model {}; its budget cannot be enforced",
                        ctx.sessionId(), ctx.agent().model().id());
            }
            return false;
        }
        return cost.reaches(budget);
    }

    private boolean compactIfNeeded() {
        BrainRequest request = new BrainRequest(ctx.sessionId(), ctx.agent(), ctx, List.of());
        ContextCheck check = ctx.brain().checkContext(request);
        switch (check.action()) {
            case FITS:
                return true;
            case LIMIT_REACHED:
                return stop(ErrorInfo.of("compaction_limit_reached_error", "the context is still "
                        + check.inputTokens() + " input tokens after " + check.ineffectiveAttempts()
                        + " compactions in a row; compaction stopped", ErrorInfo.RetryStatus.EXHAUSTED));
            default:
                ModelRequests.Success<Compaction> done = requests.call(() -> ctx.brain().compact(request));
                if (done == null) {
                    return false;
                }
                Compaction c = done.value();
                append.accept(List.of(
                        new SpanModelRequestEnd(ctx.newEventId(), done.startId(), false, c.usage(), ctx.now()),
                        new AgentThreadContextCompacted(ctx.newEventId(), c.preCompactionTokens(), c.summary(),
                                c.compactedMessages(), ctx.now())));
                return true;
        }
    }

    private boolean stop(ErrorInfo error) {
        append.accept(List.of(new SessionError(ctx.newEventId(), error, ctx.now()),
                idle(StopReason.RETRIES_EXHAUSTED)));
        return false;
    }

    private SessionStatusIdle idle(StopReason reason) {
        return new SessionStatusIdle(ctx.newEventId(), reason, null, ctx.now());
    }

    private static String json(Object value) {
        String s;
        try {
            s = Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            s = String.valueOf(value);
        }
        return s.length() <= MAX_INPUT_CHARS ? s : s.substring(0, MAX_INPUT_CHARS) + "…";
    }
}

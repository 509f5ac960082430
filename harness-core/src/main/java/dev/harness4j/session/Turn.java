package dev.harness4j.session;

import dev.harness4j.brain.BrainMove;
import dev.harness4j.brain.BrainRequest;
import dev.harness4j.brain.BrainResponse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentThinking;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One agent turn: model call, tool calls and their results, repeated until the agent stops or a limit is hit. */
final class Turn {
    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final ModelRequests requests;
    private final TurnGuards guards;
    private final ToolPhase tools;
    private final OutcomeLoop outcomes;

    /** A turn without outcomes (a session thread's). */
    Turn(SessionContext ctx, Consumer<List<? extends Event>> append, ToolPhase tools) {
        this(ctx, append, tools, null);
    }

    /** A turn whose ends of turn go through the session's outcome loop ({@code null}: none). */
    Turn(SessionContext ctx, Consumer<List<? extends Event>> append, ToolPhase tools, OutcomeLoop outcomes) {
        this.ctx = ctx;
        this.append = append;
        this.requests = new ModelRequests(ctx, append, tools::interrupted);
        this.guards = new TurnGuards(ctx, append, requests);
        this.tools = tools;
        this.outcomes = outcomes;
    }

    /** Continues a turn whose open tool calls were answered (or that a restart interrupted): tools, then the model. */
    void continueTools() {
        if (tools.proceed()) {
            run();
        }
    }

    void run() {
        int calls = 0;
        while (true) {
            if (tools.interrupted()) {
                return; // the runner processes the interrupt next: open calls get results, the session idles
            }
            if (!guards.proceed(calls)) {
                return;
            }
            BrainRequest request = new BrainRequest(ctx.sessionId(), ctx.agent(), ctx, ctx.toolbox().specifications());
            ModelRequests.Success<BrainResponse> attempt = requests.call(() -> ctx.brain().next(request));
            if (attempt == null) {
                return;
            }
            String startId = attempt.startId();
            BrainResponse response = attempt.value();
            calls++;
            List<Event> out = new ArrayList<>(response.moves().size() + 1);
            List<PendingActions.Use> batch = new ArrayList<>();
            List<Event> results = new ArrayList<>();
            for (BrainMove move : response.moves()) {
                if (move instanceof BrainMove.Think) {
                    out.add(new AgentThinking(ctx.newEventId(), ctx.now()));
                } else if (move instanceof BrainMove.Say say) {
                    out.add(new AgentMessage(ctx.newEventId(), List.of(new ContentBlock.Text(say.text())), ctx.now()));
                } else if (move instanceof BrainMove.CallTool call) {
                    out.add(tools.plan(call, batch, results));
                }
            }
            out.add(new SpanModelRequestEnd(ctx.newEventId(), startId, false, response.usage(), ctx.now()));
            out.addAll(results);
            tools.open(batch, out);
            if (batch.isEmpty()) {
                if (!endOfTurn(outcomes == null ? OutcomeLoop.Next.IDLE : outcomes.afterTurn())) {
                    return;
                }
                calls = 0; // an outcome's revision: a new turn of the agent
                continue;
            }
            if (!tools.proceed()) {
                return;
            }
        }
    }

    /** Ends a turn a restart left finished: the outcome loop decides, as at a live end of turn. */
    void resumeEndOfTurn() {
        if (endOfTurn(outcomes == null ? OutcomeLoop.Next.IDLE : outcomes.resume())) {
            run();
        }
    }

    /** Acts on what follows the agent's end of turn; true when the agent works on (an outcome's revision). */
    private boolean endOfTurn(OutcomeLoop.Next next) {
        if (next == OutcomeLoop.Next.IDLE) {
            append.accept(List.of(idle(StopReason.END_TURN)));
        }
        return next == OutcomeLoop.Next.REVISE;
    }

    /** Records an unexpected runner failure so the log stays consistent: the session ends terminated. */
    void fail(Throwable t) {
        try {
            append.accept(List.of(
                    new SessionError(ctx.newEventId(), ErrorInfo.of("unknown_error", "the session runner failed: "
                            + t, ErrorInfo.RetryStatus.TERMINAL), ctx.now()),
                    new SessionStatusTerminated(ctx.newEventId(), ctx.now())));
        } catch (RuntimeException e) {
            e.addSuppressed(t);
            org.slf4j.LoggerFactory.getLogger(Turn.class).error("session {}: could not record the failure",
                    ctx.sessionId(), e);
        }
    }

    SessionStatusIdle idle(StopReason reason) {
        return new SessionStatusIdle(ctx.newEventId(), reason, null, ctx.now());
    }
}

package dev.harness4j.session;

import dev.harness4j.brain.BrainMove;
import dev.harness4j.brain.BrainRequest;
import dev.harness4j.brain.BrainResponse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentThinking;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.ErrorInfo;
import dev.harness4j.event.Event;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionError;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.StopReason;
import dev.harness4j.hands.Cancellation;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One agent turn: model call, tool calls and their results, repeated until the agent stops or a limit is hit. */
final class Turn {
    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final ModelRequests requests;
    private final TurnGuards guards;

    Turn(SessionContext ctx, Consumer<List<? extends Event>> append) {
        this.ctx = ctx;
        this.append = append;
        this.requests = new ModelRequests(ctx, append);
        this.guards = new TurnGuards(ctx, append, requests);
    }

    void run() {
        int calls = 0;
        while (true) {
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
            List<AgentToolUse> uses = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (BrainMove move : response.moves()) {
                if (move instanceof BrainMove.Think) {
                    out.add(new AgentThinking(ctx.newEventId(), ctx.now()));
                } else if (move instanceof BrainMove.Say say) {
                    out.add(new AgentMessage(ctx.newEventId(), List.of(new ContentBlock.Text(say.text())), ctx.now()));
                } else if (move instanceof BrainMove.CallTool call) {
                    AgentToolUse use = new AgentToolUse(ctx.newEventId(), call.name(), call.input(), Permission.ALLOW,
                            null, ctx.now());
                    out.add(use);
                    uses.add(use);
                    problems.add(call.problem());
                }
            }
            out.add(new SpanModelRequestEnd(ctx.newEventId(), startId, false, response.usage(), ctx.now()));
            append.accept(out);
            if (uses.isEmpty()) {
                append.accept(List.of(idle(StopReason.END_TURN)));
                return;
            }
            for (int i = 0; i < uses.size(); i++) {
                AgentToolUse use = uses.get(i);
                ToolResult result = problems.get(i) != null
                        ? ToolResult.error(use.name() + ": " + problems.get(i))
                        : execute(new ToolCall(use.id(), use.name(), use.input()));
                append.accept(List.of(new AgentToolResult(ctx.newEventId(), use.id(), result.content(),
                        result.isError(), ctx.now())));
            }
        }
    }

    private ToolResult execute(ToolCall call) {
        Cancellation cancellation = new Cancellation();
        ctx.runningCall().set(cancellation);
        try {
            return ctx.toolbox().execute(call, ctx.forCall(cancellation));
        } finally {
            ctx.runningCall().compareAndSet(cancellation, null);
        }
    }

    /** The events that close a turn a previous process left running: the turn is over, the session idle. */
    List<Event> abandoned() {
        return List.of(new SessionError(ctx.newEventId(), ErrorInfo.of("unknown_error", "the process running this "
                        + "session stopped during a turn; the turn was abandoned and its side effects are unknown",
                        ErrorInfo.RetryStatus.EXHAUSTED), ctx.now()),
                idle(StopReason.RETRIES_EXHAUSTED));
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

    private SessionStatusIdle idle(StopReason reason) {
        return new SessionStatusIdle(ctx.newEventId(), reason, null, ctx.now());
    }
}

package dev.harness4j.session;

import dev.harness4j.brain.BrainMove;
import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.Event;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.hands.Cancellation;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.hands.ToolVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the tool calls of one model response. Order: first every call that needs nobody (allowed built-in tools,
 * custom tools with an in-process handler) in event order; then, if calls wait for the user ({@code always_ask} or
 * client-executed custom tools), the session idles with {@code requires_action} listing them; once every one is
 * answered the session runs again and the confirmed calls run in event order (denied ones get the deny message as an
 * error result). Gate denials and malformed calls get their error result together with the response's events.
 *
 * <p>Because calls run one at a time in this fixed order, a restarted process knows which call may have been running
 * when the previous one died (the first without a result) and which had not started (all after it).
 */
final class ToolPhase {
    static final String INTERRUPTED_BY_USER = "interrupted by the user";
    static final String INTERRUPTED_BY_RESTART = "interrupted by restart; side effects unknown";

    private final SessionContext ctx;
    private final Consumer<List<? extends Event>> append;
    private final PendingActions pending;
    private final InterruptControl interrupt;

    ToolPhase(SessionContext ctx, Consumer<List<? extends Event>> append, PendingActions pending,
              InterruptControl interrupt) {
        this.ctx = ctx;
        this.append = append;
        this.pending = pending;
        this.interrupt = interrupt;
    }

    /** Whether an interrupt asks the turn to stop at its next step. */
    boolean interrupted() {
        return interrupt.requested();
    }

    /**
     * Plans one call of a model response: returns its use event ({@code agent.tool_use} with the evaluated permission,
     * or {@code agent.custom_tool_use}), adds the use to {@code batch} and any immediate result to {@code results}.
     */
    Event plan(BrainMove.CallTool call, List<PendingActions.Use> batch, List<Event> results) {
        String id = ctx.newEventId();
        if (ctx.toolbox().isCustom(call.name())) {
            PendingActions.Use use = new PendingActions.Use(id, PendingActions.Kind.CUSTOM, call.name(), call.input(),
                    null, ctx.toolbox().customHandler(call.name()) != null);
            batch.add(use);
            if (call.problem() != null) {
                results.add(customResult(use, ToolResult.error(call.name() + ": " + call.problem())));
                pending.resulted(use);
            }
            return new AgentCustomToolUse(id, call.name(), call.input(), null, ctx.now());
        }
        ToolVerdict verdict = call.problem() != null ? ToolVerdict.ALLOW
                : ctx.toolbox().evaluate(ctx.primarySessionId(), call.name(), call.input());
        PendingActions.Use use = new PendingActions.Use(id, PendingActions.Kind.TOOL, call.name(), call.input(),
                verdict.permission(), false);
        batch.add(use);
        if (call.problem() != null) {
            results.add(toolResult(use, ToolResult.error(call.name() + ": " + call.problem())));
            pending.resulted(use);
        } else if (verdict.permission() == Permission.DENY) {
            results.add(toolResult(use, ToolResult.error("the tool call was denied: " + verdict.denyReason())));
            pending.resulted(use);
        }
        return new AgentToolUse(id, call.name(), call.input(), verdict.permission(), null, ctx.now());
    }

    /** Makes {@code batch} the open batch, appending the response's {@code events} atomically with the switch. */
    void open(List<PendingActions.Use> batch, List<Event> events) {
        pending.open(batch, () -> append.accept(events));
        if (interrupted()) {
            pending.closeForAnswers("the session was interrupted");
        }
    }

    /**
     * Moves the open batch forward: runs what needs nobody, idles with {@code requires_action} while calls wait, then
     * runs the answered calls. True when every call has its result and the agent should be asked again.
     */
    boolean proceed() {
        if (interrupted()) {
            return false;
        }
        for (PendingActions.Use use : pending.uses()) {
            if (!use.blocking() && !use.resulted()) {
                if (interrupted()) {
                    return false;
                }
                run(use);
            }
        }
        List<String> waiting = pending.waiting();
        if (interrupted()) {
            return false;
        }
        if (!waiting.isEmpty()) {
            append.accept(List.of(new SessionStatusIdle(ctx.newEventId(), new StopReason.RequiresAction(waiting), null,
                    ctx.now())));
            return false;
        }
        for (PendingActions.Use use : pending.uses()) {
            if (use.blocking() && !use.resulted()) {
                if (interrupted()) {
                    return false;
                }
                run(use);
            }
        }
        return !interrupted();
    }

    /** Synthetic error results for every call of the batch still without one; marks them resulted. */
    List<Event> closeOpen(String reason) {
        List<Event> out = new ArrayList<>();
        for (PendingActions.Use use : pending.uses()) {
            if (!use.resulted()) {
                out.add(use.kind == PendingActions.Kind.CUSTOM ? customResult(use, ToolResult.error(reason))
                        : toolResult(use, ToolResult.error(reason)));
            }
        }
        return out;
    }

    /** Marks every open call resulted, after {@link #closeOpen}'s events were appended. */
    void markClosed() {
        for (PendingActions.Use use : pending.uses()) {
            pending.resulted(use);
        }
    }

    private void run(PendingActions.Use use) {
        Event result;
        if (use.maybeStarted()) {
            result = use.kind == PendingActions.Kind.CUSTOM
                    ? customResult(use, ToolResult.error(INTERRUPTED_BY_RESTART))
                    : toolResult(use, ToolResult.error(INTERRUPTED_BY_RESTART));
        } else if (use.kind == PendingActions.Kind.CUSTOM) {
            result = customResult(use, interruptedDuring(execute(use, true)));
        } else if (use.permission == Permission.ASK && !Boolean.TRUE.equals(use.allowed())) {
            String message = use.denyMessage();
            result = toolResult(use, ToolResult.error("the user denied this tool call"
                    + (message == null || message.isBlank() ? "" : ": " + message)));
        } else {
            result = toolResult(use, interruptedDuring(execute(use, false)));
        }
        append.accept(List.of(result));
        pending.resulted(use);
    }

    /** A call an interrupt cancelled keeps what it returned, marked as an error that says why it stopped. */
    private ToolResult interruptedDuring(ToolResult r) {
        if (!interrupted()) {
            return r;
        }
        String text = r.text();
        return ToolResult.error(INTERRUPTED_BY_USER + (text.isEmpty() ? "" : ": " + text));
    }

    private ToolResult execute(PendingActions.Use use, boolean custom) {
        Cancellation cancellation = new Cancellation();
        ctx.runningCall().set(cancellation);
        try {
            if (interrupted()) {
                cancellation.cancel();
            }
            ToolCall call = new ToolCall(use.id, use.name, use.input);
            return custom ? ctx.toolbox().executeCustom(call, ctx.forCall(cancellation))
                    : ctx.toolbox().execute(call, ctx.forCall(cancellation));
        } finally {
            ctx.runningCall().compareAndSet(cancellation, null);
        }
    }

    private AgentToolResult toolResult(PendingActions.Use use, ToolResult r) {
        return new AgentToolResult(ctx.newEventId(), use.id, r.content(), r.isError(), ctx.now());
    }

    /** A custom tool's result stamped by the harness: an in-process handler's answer or a synthetic error. */
    private UserCustomToolResult customResult(PendingActions.Use use, ToolResult r) {
        return new UserCustomToolResult(ctx.newEventId(), use.id, r.content(), r.isError() ? Boolean.TRUE : null, null,
                ctx.now());
    }
}

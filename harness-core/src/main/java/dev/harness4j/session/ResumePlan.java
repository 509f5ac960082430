package dev.harness4j.session;

import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentToolResult;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ConfirmationResult;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserToolConfirmation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a woken session continues the turn a dead process left open, rebuilt from {@link Recovery#tail()}: the open
 * tool calls and their answers go back into {@link PendingActions}; the first call without a result in execution
 * order may have been running and gets a synthetic error result ({@value ToolPhase#INTERRUPTED_BY_RESTART}); calls
 * after it had not started and run once; calls waiting for the user keep waiting. A model request cut off mid-flight
 * is closed with an error {@code span.model_request_end} and asked again.
 *
 * @param step   what the runner does first
 * @param repairs events appended before that step (an unfinished model request's end)
 */
record ResumePlan(Step step, List<Event> repairs) {

    /** The first thing a woken runner does. */
    enum Step {
        /** Nothing: the session is idle (possibly waiting for answers). */
        NONE,
        /** Ask the model (the turn had no complete model response to act on). */
        CALL_MODEL,
        /** Run the open tool calls, then ask the model. */
        CONTINUE_TOOLS,
        /** The last response had no tool calls: the turn is over. */
        END_TURN
    }

    static ResumePlan rebuild(Recovery recovery, SessionContext ctx, PendingActions pending) {
        boolean running = recovery.status() == SessionStatus.RUNNING
                || recovery.status() == SessionStatus.RESCHEDULING;
        List<Event> tail = recovery.tail();
        if (tail.isEmpty() || !(tail.get(0) instanceof SpanModelRequestStart start)) {
            return new ResumePlan(running ? Step.CALL_MODEL : Step.NONE, List.of());
        }
        SpanModelRequestEnd end = null;
        List<PendingActions.Use> uses = new ArrayList<>();
        Set<String> resulted = new HashSet<>();
        Set<String> accepted = new HashSet<>();
        Map<String, UserToolConfirmation> confirmations = new HashMap<>();
        for (Event e : tail) {
            if (e instanceof SpanModelRequestEnd x && x.modelRequestStartId().equals(start.id())) {
                end = x;
            } else if (e instanceof AgentToolUse u) {
                uses.add(new PendingActions.Use(u.id(), PendingActions.Kind.TOOL, u.name(), u.input(),
                        u.evaluatedPermission() == null ? Permission.ALLOW : u.evaluatedPermission(), false));
            } else if (e instanceof AgentCustomToolUse u) {
                uses.add(new PendingActions.Use(u.id(), PendingActions.Kind.CUSTOM, u.name(), u.input(), null,
                        ctx.toolbox().customHandler(u.name()) != null));
            } else if (e instanceof AgentToolResult r) {
                resulted.add(r.toolUseId());
            } else if (e instanceof UserCustomToolResult r) {
                (r.processedAt() != null ? resulted : accepted).add(r.customToolUseId());
            } else if (e instanceof UserToolConfirmation c) {
                if (c.processedAt() != null) {
                    confirmations.put(c.toolUseId(), c);
                } else {
                    accepted.add(c.toolUseId());
                }
            }
        }
        if (end == null) {
            List<Event> repairs = running ? List.of(new SpanModelRequestEnd(ctx.newEventId(), start.id(), true,
                    ModelUsage.ZERO, ctx.now())) : List.of();
            return new ResumePlan(running ? Step.CALL_MODEL : Step.NONE, repairs);
        }
        pending.open(uses, () -> { });
        for (PendingActions.Use u : uses) {
            UserToolConfirmation c = confirmations.get(u.id);
            pending.restore(u, c == null ? null : c.result() == ConfirmationResult.ALLOW,
                    c == null ? null : c.denyMessage(), resulted.contains(u.id), accepted.contains(u.id) || c != null);
        }
        if (!running) {
            return new ResumePlan(Step.NONE, List.of());
        }
        if (Boolean.TRUE.equals(end.isError())) {
            return new ResumePlan(Step.CALL_MODEL, List.of());
        }
        if (uses.isEmpty()) {
            return new ResumePlan(Step.END_TURN, List.of());
        }
        PendingActions.Use frontier = frontier(uses, pending);
        if (frontier != null && executable(frontier)) {
            frontier.markMaybeStarted();
        }
        return new ResumePlan(Step.CONTINUE_TOOLS, List.of());
    }

    /** The first call without a result in the order {@link ToolPhase} runs calls, or null. */
    private static PendingActions.Use frontier(List<PendingActions.Use> uses, PendingActions pending) {
        for (PendingActions.Use u : uses) {
            if (!u.blocking() && !u.resulted()) {
                return u;
            }
        }
        if (!pending.waiting().isEmpty()) {
            return null; // the answered calls run only once every call is answered; none has started
        }
        for (PendingActions.Use u : uses) {
            if (u.blocking() && !u.resulted()) {
                return u;
            }
        }
        return null;
    }

    private static boolean executable(PendingActions.Use u) {
        if (u.kind == PendingActions.Kind.CUSTOM) {
            return u.inProcess;
        }
        return u.permission == Permission.ALLOW || Boolean.TRUE.equals(u.allowed());
    }
}

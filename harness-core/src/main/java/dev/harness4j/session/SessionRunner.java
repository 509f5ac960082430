package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserDefineOutcome;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserInterrupt;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.hands.Cancellation;
import dev.harness4j.log.EventLog;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one runner of a session: accepted inputs are appended to the log (the durable queue) and processed strictly in
 * order by at most one task at a time on the harness executor. Every state change is an event appended before the
 * next step starts.
 */
final class SessionRunner {
    private static final Logger log = LoggerFactory.getLogger(SessionRunner.class);

    private final SessionContext ctx;
    private final Turn turn;
    private final PendingActions pending = new PendingActions();
    private final InterruptControl interrupt = new InterruptControl();
    private final ToolPhase tools;
    private final OutcomeLoop outcomes;
    private final Queue<UserEvent> inbox = new ConcurrentLinkedQueue<>();
    private final Queue<UserEvent> interrupts = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Object sendLock = new Object();
    private volatile SessionStatus status;
    private volatile ResumePlan resumePlan;
    private final Threads threads;

    /** A runner; {@code threads} is null for a session whose agent does not coordinate threads. */
    SessionRunner(SessionContext ctx, Recovery recovery, OutcomeGrading grading, Threads threads) {
        this.ctx = ctx;
        this.threads = threads;
        this.tools = new ToolPhase(ctx, this::append, pending, interrupt);
        // Outcomes (§9): state folded from the log and every append; the loop grades at the agent's end of turn.
        this.outcomes = new OutcomeLoop(ctx, this::append, interrupt, grading, new OutcomeState().advance(ctx));
        this.turn = new Turn(ctx, this::append, tools, outcomes);
        this.status = recovery.status();
        for (UserEvent e : recovery.unprocessed()) {
            queue(e);
        }
        this.resumePlan = ResumePlan.rebuild(recovery, ctx, pending);
    }

    SessionStatus status() {
        return status;
    }

    /** The session's outcomes, one per {@code user.define_outcome}. */
    List<OutcomeEvaluation> outcomeEvaluations() {
        return outcomes.state().advance(ctx).evaluations();
    }

    /** Validates, stamps and durably queues the events, then wakes the runner; returns the echoes. */
    List<UserEvent> send(List<? extends UserEvent> events) {
        synchronized (sendLock) {
            if (status == SessionStatus.TERMINATED) {
                throw new ConflictException("session " + ctx.sessionId() + " is terminated; it accepts no more events");
            }
            List<UserEvent> stamped = new ArrayList<>(events.size());
            for (UserEvent e : events) {
                InputRules.check(e, ctx.sessionId());
            }
            List<? extends UserEvent> prepared = outcomes.prepare(events);
            // Answers to calls a thread cross-posted are routed to that thread (ThreadRouting); the rest stay here.
            ThreadRouting routing = ThreadRouting.accept(threads, prepared);
            List<PendingActions.Use> answered;
            try {
                answered = pending.accept(routing.own(), ctx.sessionId());
            } catch (RuntimeException e) {
                routing.unaccept();
                throw e;
            }
            for (UserEvent e : prepared) {
                stamped.add(routing.stamp(e, () -> e.stamped(ctx.newEventId(), null)));
            }
            try {
                ctx.log().append(ctx.sessionId(), stamped);
            } catch (RuntimeException e) {
                pending.unaccept(answered);
                routing.unaccept();
                throw e;
            }
            routing.deliver();
            for (UserEvent e : stamped) {
                if (!routing.routed(e)) {
                    queue(e);
                }
            }
            if (threads != null && events.stream().anyMatch(e -> e instanceof UserInterrupt i
                    && i.sessionThreadId() == null)) {
                threads.interruptAll();
            }
            if (interrupt.requested()) {
                pending.closeForAnswers("the session was interrupted");
                Cancellation running = ctx.runningCall().get();
                if (running != null) {
                    running.cancel();
                }
            }
            schedule();
            return stamped;
        }
    }

    /** Interrupts jump the queue: they raise the signal at once and are processed before any other input. */
    private void queue(UserEvent e) {
        if (e instanceof UserInterrupt) {
            interrupt.request();
            interrupts.add(e);
        } else {
            inbox.add(e);
        }
    }

    /**
     * Starts the runner after a restart: the turn the previous process left open continues as {@link ResumePlan}
     * says (unless an interrupt waiting in the log closes it first), then waiting inputs are processed.
     */
    void resume() {
        if (resumePlan.step() != ResumePlan.Step.NONE || !inbox.isEmpty() || !interrupts.isEmpty()) {
            schedule();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                ctx.executor().execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                log.warn("session {}: the executor refused the runner; inputs stay queued in the log", ctx.sessionId());
            }
        }
    }

    private void drain() {
        try {
            ResumePlan plan = resumePlan;
            if (plan.step() != ResumePlan.Step.NONE) {
                resumePlan = new ResumePlan(ResumePlan.Step.NONE, List.of());
                if (interrupts.isEmpty()) {
                    resumeTurn(plan);
                }
            }
            while (true) {
                if (status == SessionStatus.TERMINATED) {
                    // Terminated is irreversible: inputs queued before the terminal error stay unprocessed in the log.
                    inbox.clear();
                    interrupts.clear();
                }
                UserEvent next = nextInput();
                if (next == null) {
                    scheduled.set(false);
                    if (!hasProcessableInput() || !scheduled.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                process(next);
            }
        } catch (Throwable t) {
            scheduled.set(false);
            log.error("session {}: the runner failed", ctx.sessionId(), t);
            turn.fail(t);
        }
    }

    /**
     * The next input to process: an interrupt first; otherwise the oldest input, except that while calls wait for
     * answers only answers are taken (messages wait until every call is answered or an interrupt closes them).
     */
    private UserEvent nextInput() {
        UserEvent next = interrupts.poll();
        if (next != null) {
            return next;
        }
        boolean waiting = !pending.waiting().isEmpty();
        for (Iterator<UserEvent> it = inbox.iterator(); it.hasNext(); ) {
            UserEvent e = it.next();
            if (!waiting || isAnswer(e)) {
                it.remove();
                return e;
            }
        }
        return null;
    }

    private boolean hasProcessableInput() {
        if (!interrupts.isEmpty()) {
            return true;
        }
        boolean waiting = !pending.waiting().isEmpty();
        return inbox.stream().anyMatch(e -> !waiting || isAnswer(e));
    }

    /** Answers may be processed ahead of queued messages; everything else is processed in order. */
    static boolean isAnswer(UserEvent e) {
        return e instanceof UserToolConfirmation || e instanceof UserCustomToolResult;
    }

    private void resumeTurn(ResumePlan plan) {
        if (!plan.repairs().isEmpty()) {
            append(plan.repairs());
        }
        switch (plan.step()) {
            case CALL_MODEL -> turn.run();
            case CONTINUE_TOOLS -> turn.continueTools();
            case END_TURN -> turn.resumeEndOfTurn();
            case NONE -> { }
        }
    }

    /**
     * Processes one input; turns end before the next input is taken, so the session is idle here (messages are held
     * while calls wait for answers, see {@link #nextInput()}).
     */
    private void process(UserEvent input) {
        UserEvent processed = input.stamped(input.id(), ctx.now());
        if (input instanceof UserInterrupt) {
            boolean open = status == SessionStatus.RUNNING || status == SessionStatus.RESCHEDULING
                    || pending.hasOpenUses();
            List<Event> out = new ArrayList<>();
            out.add(processed);
            out.addAll(tools.closeOpen(ToolPhase.INTERRUPTED_BY_USER));
            out.addAll(outcomes.onInterrupt());
            if (open) {
                out.add(turn.idle(StopReason.END_TURN));
            }
            append(out);
            tools.markClosed();
            interrupt.processed();
        } else if (input instanceof UserMessage || input instanceof UserDefineOutcome) {
            // Calls still waiting for the user are closed: the new message replaces the answers.
            List<Event> out = new ArrayList<>(tools.closeOpen("not answered: the user sent a new message instead"));
            out.add(processed);
            out.add(new SessionStatusRunning(ctx.newEventId(), ctx.now()));
            append(out);
            tools.markClosed();
            turn.run();
        } else if (input instanceof UserToolConfirmation c) {
            answered(processed, pending.confirm(c.toolUseId(), c.result(), c.denyMessage()));
        } else if (input instanceof UserCustomToolResult r) {
            answered(processed, pending.customResult(r.customToolUseId()));
        } else {
            append(List.of(processed));
        }
    }

    /** After an answer: idle again listing the calls still waiting, or run again once none waits. */
    private void answered(UserEvent processed, boolean applies) {
        if (!applies) {
            log.info("session {}: {} {} answers a call that no longer waits; recorded only", ctx.sessionId(),
                    processed.type(), processed.id());
            append(List.of(processed));
            return;
        }
        List<String> waiting = pending.waiting();
        if (!waiting.isEmpty()) {
            append(List.of(processed, new SessionStatusIdle(ctx.newEventId(), new StopReason.RequiresAction(waiting),
                    null, ctx.now())));
        } else {
            append(List.of(processed, new SessionStatusRunning(ctx.newEventId(), ctx.now())));
            turn.continueTools();
        }
    }

    /**
     * Appends events; the status moves before the append so that whoever sees a status event in the log also sees the
     * status it implies, and moves back when the append fails.
     */
    private void append(List<? extends Event> events) {
        SessionStatus before = status;
        for (Event e : events) {
            SessionStatus s = SessionStatus.after(e);
            if (s != null) {
                status = s;
            }
        }
        try {
            ctx.log().append(ctx.sessionId(), events);
        } catch (RuntimeException e) {
            status = before;
            throw e;
        }
    }

    /** The log this runner writes to. */
    EventLog log() {
        return ctx.log();
    }
}

package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.event.AgentCustomToolUse;
import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.AgentToolUse;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.Permission;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.SessionStatusRescheduled;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.SessionStatusTerminated;
import dev.harness4j.event.SessionThreadStatusIdle;
import dev.harness4j.event.SessionThreadStatusRescheduled;
import dev.harness4j.event.SessionThreadStatusRunning;
import dev.harness4j.event.SessionThreadStatusTerminated;
import dev.harness4j.event.StopReason;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserMessage;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.hands.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session thread ({@code sthr_…}): a callee agent with its own log (key {@code <session>.<thread>}), its own
 * model context and tool calls, driven by the coordinator's delegation tools. It reuses the session's {@link Turn}
 * and {@link ToolPhase}; what it appends to its own log is mirrored on the primary log in condensed form (thread
 * status events) and its blocking calls are cross-posted there with {@code session_thread_id}. Steps run one at a time
 * on the threads' executor; a reply completes when the thread's turn ends.
 */
final class ThreadRunner {
    private static final Logger log = LoggerFactory.getLogger(ThreadRunner.class);

    /** A thread's answer to one message: its last text, why its turn ended, whether it is terminated. */
    record Reply(String threadId, String agentName, String text, StopReason stopReason, boolean terminated) {
    }

    private final Threads threads;
    private final String threadId;
    private final String agentName;
    private final SessionContext ctx;
    private final PendingActions pending = new PendingActions();
    private final InterruptControl interrupt = new InterruptControl();
    private final ToolPhase tools;
    private final Turn turn;
    private final Object stepLock = new Object();
    private final Object stateLock = new Object();
    private volatile SessionStatus status = SessionStatus.IDLE;
    private volatile StopReason lastStop = StopReason.END_TURN;
    private volatile String lastText;
    private CompletableFuture<Reply> reply;

    ThreadRunner(Threads threads, String threadId, String agentName, SessionContext ctx) {
        this.threads = threads;
        this.threadId = threadId;
        this.agentName = agentName;
        this.ctx = ctx;
        this.tools = new ToolPhase(ctx, this::append, pending, interrupt);
        this.turn = new Turn(ctx, this::append, tools);
    }

    String threadId() {
        return threadId;
    }

    String agentName() {
        return agentName;
    }

    /** The thread's log key in the session's event log. */
    String logKey() {
        return ctx.sessionId();
    }

    SessionContext context() {
        return ctx;
    }

    /** Whether a message is being worked on (the thread counts against the concurrency limit). */
    boolean busy() {
        synchronized (stateLock) {
            return reply != null;
        }
    }

    /** Throws when the thread would refuse a message now (terminated, or working on another one). */
    void checkAccepts() {
        synchronized (stateLock) {
            if (status == SessionStatus.TERMINATED) {
                throw new ConflictException("thread " + threadId + " is terminated; it accepts no more messages");
            }
            if (reply != null) {
                throw new ConflictException("thread " + threadId + " is still working on its previous message");
            }
        }
    }

    /**
     * Gives the thread a message (a task or a follow-up) and starts its turn; the future completes when the turn
     * ends. Refused while the thread works on another message or after it was terminated.
     */
    CompletableFuture<Reply> send(String message) {
        CompletableFuture<Reply> future;
        synchronized (stateLock) {
            checkAccepts();
            reply = future = new CompletableFuture<>();
            lastText = null;
        }
        threads.submit(() -> step(() -> {
            append(List.of(UserMessage.text(message).stamped(ctx.newEventId(), ctx.now()),
                    new SessionStatusRunning(ctx.newEventId(), ctx.now())));
            turn.run();
        }));
        return future;
    }

    /** Checks and reserves the answers to this thread's waiting calls (throws, reserving nothing, when one is wrong). */
    List<PendingActions.Use> accept(List<UserEvent> answers) {
        return pending.accept(answers, threadId);
    }

    void unaccept(List<PendingActions.Use> accepted) {
        pending.unaccept(accepted);
    }

    /** Whether {@code useId} is a call of this thread's latest model response. */
    boolean owns(String useId) {
        return pending.uses().stream().anyMatch(u -> u.id.equals(useId));
    }

    /** Processes an answer (already recorded on the primary log) on the thread: record it, then go on or wait. */
    void deliver(UserEvent answer) {
        threads.submit(() -> step(() -> {
            boolean applies = answer instanceof UserToolConfirmation c
                    ? pending.confirm(c.toolUseId(), c.result(), c.denyMessage())
                    : pending.customResult(((UserCustomToolResult) answer).customToolUseId());
            if (!applies) {
                append(List.of(answer));
                return;
            }
            List<String> waiting = pending.waiting();
            if (!waiting.isEmpty()) {
                append(List.of(answer, new SessionStatusIdle(ctx.newEventId(), new StopReason.RequiresAction(waiting),
                        null, ctx.now())));
            } else {
                append(List.of(answer, new SessionStatusRunning(ctx.newEventId(), ctx.now())));
                turn.continueTools();
            }
        }));
    }

    /** Stops the thread at its next safe step: open calls get error results and its turn ends. */
    void interrupt() {
        if (!busy()) {
            return;
        }
        interrupt.request();
        pending.closeForAnswers("the session was interrupted");
        Cancellation running = ctx.runningCall().get();
        if (running != null) {
            running.cancel();
        }
        threads.submit(() -> step(() -> {
            List<Event> out = new ArrayList<>(tools.closeOpen(ToolPhase.INTERRUPTED_BY_USER));
            if (status == SessionStatus.RUNNING || status == SessionStatus.RESCHEDULING || !out.isEmpty()) {
                out.add(turn.idle(StopReason.END_TURN));
            }
            if (!out.isEmpty()) {
                append(out);
            }
            tools.markClosed();
            interrupt.processed();
        }));
    }

    private void step(Runnable work) {
        synchronized (stepLock) {
            try {
                work.run();
            } catch (Throwable t) {
                log.error("thread {} of session {}: the runner failed", threadId, threads.sessionId(), t);
                turn.fail(t);
            }
            settle();
        }
    }

    /** Completes the pending reply once the thread's turn is over (idle for any reason but requires_action). */
    private void settle() {
        CompletableFuture<Reply> done;
        synchronized (stateLock) {
            boolean over = status == SessionStatus.TERMINATED
                    || (status == SessionStatus.IDLE && !(lastStop instanceof StopReason.RequiresAction));
            if (!over || reply == null) {
                return;
            }
            done = reply;
            reply = null;
        }
        done.complete(new Reply(threadId, agentName, lastText, lastStop, status == SessionStatus.TERMINATED));
    }

    /** Appends to the thread's log, then mirrors status changes and blocking calls on the primary log. */
    private void append(List<? extends Event> events) {
        ctx.log().append(ctx.sessionId(), events);
        List<Event> primary = new ArrayList<>();
        for (Event e : events) {
            SessionStatus s = SessionStatus.after(e);
            if (s != null) {
                status = s;
            }
            Event mirrored = mirror(e);
            if (mirrored != null) {
                primary.add(mirrored);
            }
        }
        threads.recordUsage(this);
        if (!primary.isEmpty()) {
            threads.appendPrimary(primary);
        }
    }

    private Event mirror(Event e) {
        if (e instanceof SessionStatusRunning) {
            return new SessionThreadStatusRunning(ctx.newEventId(), threadId, agentName, ctx.now());
        } else if (e instanceof SessionStatusIdle idle) {
            lastStop = idle.stopReason();
            return new SessionThreadStatusIdle(ctx.newEventId(), threadId, agentName, idle.stopReason(), ctx.now());
        } else if (e instanceof SessionStatusRescheduled) {
            return new SessionThreadStatusRescheduled(ctx.newEventId(), threadId, agentName, ctx.now());
        } else if (e instanceof SessionStatusTerminated) {
            return new SessionThreadStatusTerminated(ctx.newEventId(), threadId, agentName, ctx.now());
        } else if (e instanceof AgentMessage m) {
            StringBuilder text = new StringBuilder();
            for (ContentBlock b : m.content()) {
                if (b instanceof ContentBlock.Text t) {
                    text.append(t.text());
                }
            }
            lastText = text.toString();
        } else if (e instanceof AgentToolUse use && use.evaluatedPermission() == Permission.ASK) {
            return new AgentToolUse(use.id(), use.name(), use.input(), use.evaluatedPermission(), threadId,
                    use.processedAt());
        } else if (e instanceof AgentCustomToolUse use && ctx.toolbox().customHandler(use.name()) == null) {
            return new AgentCustomToolUse(use.id(), use.name(), use.input(), threadId, use.processedAt());
        }
        return null;
    }
}

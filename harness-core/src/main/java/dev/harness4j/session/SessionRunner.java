package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionStatusRunning;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserMessage;
import dev.harness4j.log.EventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
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
    private final Queue<UserEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Object sendLock = new Object();
    private volatile SessionStatus status;
    private volatile boolean abandonedTurn;

    SessionRunner(SessionContext ctx, Recovery recovery) {
        this.ctx = ctx;
        this.turn = new Turn(ctx, this::append);
        this.status = recovery.status();
        inbox.addAll(recovery.unprocessed());
    }

    SessionStatus status() {
        return status;
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
                stamped.add(e.stamped(ctx.newEventId(), null));
            }
            ctx.log().append(ctx.sessionId(), stamped);
            inbox.addAll(stamped);
            schedule();
            return stamped;
        }
    }

    /**
     * Starts the runner after a restart: a turn the previous process left running is closed first (its tool calls
     * without results get synthetic error results in the projection), then waiting inputs are processed.
     */
    void resume() {
        if (status == SessionStatus.RUNNING || status == SessionStatus.RESCHEDULING) {
            abandonedTurn = true;
        }
        if (abandonedTurn || !inbox.isEmpty()) {
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
            if (abandonedTurn) {
                abandonedTurn = false;
                append(turn.abandoned());
            }
            while (true) {
                if (status == SessionStatus.TERMINATED) {
                    // Terminated is irreversible: inputs queued before the terminal error stay unprocessed in the log.
                    inbox.clear();
                }
                UserEvent next = inbox.poll();
                if (next == null) {
                    scheduled.set(false);
                    if (inbox.isEmpty() || !scheduled.compareAndSet(false, true)) {
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

    /** Processes one input; turns end before the next input is taken, so the session is idle here. */
    private void process(UserEvent input) {
        UserEvent processed = input.stamped(input.id(), ctx.now());
        if (input instanceof UserMessage) {
            append(List.of(processed, new SessionStatusRunning(ctx.newEventId(), ctx.now())));
            turn.run();
        } else {
            append(List.of(processed));
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

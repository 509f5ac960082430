package dev.harness4j.session;

import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserInterrupt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How one batch sent to the primary stream splits between the session and its threads: an answer
 * ({@code user.tool_confirmation} / {@code user.custom_tool_result}) to a call a thread cross-posted goes to that
 * thread, checked against the thread's waiting calls before anything is appended. Its echo on the primary log carries
 * {@code session_thread_id} and is stamped processed (the thread records and processes it in its own log). A
 * {@code user.interrupt} with {@code session_thread_id} interrupts that thread only (an unknown id is refused).
 */
final class ThreadRouting {
    private final Threads threads;
    private final Map<UserEvent, ThreadRunner> owners = new IdentityHashMap<>();
    private final Map<ThreadRunner, List<PendingActions.Use>> accepted = new LinkedHashMap<>();
    private final List<UserEvent> own = new ArrayList<>();
    private final Map<UserEvent, ThreadRunner> echoes = new IdentityHashMap<>();

    private ThreadRouting(Threads threads) {
        this.threads = threads;
    }

    /** Splits {@code events}, reserving the threads' answers; throws (reserving nothing) when one is refused. */
    static ThreadRouting accept(Threads threads, List<? extends UserEvent> events) {
        ThreadRouting r = new ThreadRouting(threads);
        Map<ThreadRunner, List<UserEvent>> byThread = new LinkedHashMap<>();
        for (UserEvent e : events) {
            if (threads != null && e instanceof UserInterrupt i && i.sessionThreadId() != null) {
                r.owners.put(e, threads.get(i.sessionThreadId())); // throws naming the session's threads if unknown
                continue;
            }
            String useId = Threads.answered(e);
            ThreadRunner owner = threads == null || useId == null ? null : threads.owner(useId);
            if (owner == null) {
                r.own.add(e);
            } else {
                r.owners.put(e, owner);
                byThread.computeIfAbsent(owner, k -> new ArrayList<>()).add(e);
            }
        }
        try {
            for (Map.Entry<ThreadRunner, List<UserEvent>> t : byThread.entrySet()) {
                r.accepted.put(t.getKey(), t.getKey().accept(t.getValue()));
            }
        } catch (RuntimeException e) {
            r.unaccept();
            throw e;
        }
        return r;
    }

    /** The events the session itself processes. */
    List<UserEvent> own() {
        return own;
    }

    /** The event as the primary log records it: a thread's answer gets its routing echo, others {@code ownStamp}. */
    UserEvent stamp(UserEvent e, Supplier<UserEvent> ownStamp) {
        ThreadRunner owner = owners.get(e);
        if (owner == null) {
            return ownStamp.get();
        }
        UserEvent echo = threads.echo(e, owner.threadId());
        echoes.put(echo, owner);
        return echo;
    }

    /** Whether a stamped event went to a thread (the session does not queue it). */
    boolean routed(UserEvent stamped) {
        return echoes.containsKey(stamped);
    }

    /** Hands the recorded answers to their threads. */
    void deliver() {
        echoes.forEach((echo, owner) -> {
            if (echo instanceof UserInterrupt) {
                owner.interrupt();
            } else {
                owner.deliver(echo);
            }
        });
    }

    /** Releases the reserved answers (the batch was refused or could not be appended). */
    void unaccept() {
        accepted.forEach(ThreadRunner::unaccept);
    }
}

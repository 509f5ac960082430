package dev.harness4j.session;

import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.EventValidationException;
import dev.harness4j.event.UserEvent;
import dev.harness4j.log.EventStream;
import dev.harness4j.usage.SessionStats;
import dev.harness4j.usage.SessionUsage;
import dev.harness4j.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** A running agent: send it events, stream what it does, read its history and its workspace. */
public final class Session {
    private static final int PAGE = 1024;

    private final SessionRecord record;
    private final SessionRunner runner;
    private final Supplier<Workspace> workspace;
    private final SessionContext ctx;

    Session(SessionRecord record, SessionRunner runner, Supplier<Workspace> workspace, SessionContext ctx) {
        this.record = record;
        this.runner = runner;
        this.workspace = workspace;
        this.ctx = ctx;
    }

    /** The session id ({@code sesn_…}). */
    public String id() {
        return record.id();
    }

    /** The persistent record: pinned agent snapshot, environment, title, metadata, timestamps. */
    public SessionRecord record() {
        return record;
    }

    /** The current status, as the log says. */
    public SessionStatus status() {
        return runner.status();
    }

    /** Sends events; they are validated, stamped with ids, appended to the log and processed in order. Returns the echoes. */
    public List<UserEvent> send(UserEvent... events) {
        return send(Arrays.asList(events));
    }

    /** Sends events; all are validated first, and nothing is appended when any is refused. */
    public List<UserEvent> send(List<? extends UserEvent> events) {
        if (events.isEmpty()) {
            throw new EventValidationException("send needs at least one event");
        }
        return runner.send(events);
    }

    /** Sends events given as the API's JSON: {@code {"events": [...]}}, an array, or a single event object. */
    public List<UserEvent> sendJson(String json) {
        return send(EventCodec.get().decodeUserEvents(json));
    }

    /** A live stream of what happens from now on (like the hosted stream: no replay). */
    public EventStream stream() {
        return runner.log().subscribe(id(), runner.log().size(id()));
    }

    /** A stream that replays from offset {@code from}, then goes live. */
    public EventStream stream(long from) {
        return runner.log().subscribe(id(), from);
    }

    /** The whole history so far, in order. */
    public List<Event> events() {
        List<Event> all = new ArrayList<>();
        long size = runner.log().size(id());
        for (long from = 0; from < size; from += PAGE) {
            all.addAll(runner.log().read(id(), from, (int) Math.min(PAGE, size - from)));
        }
        return all;
    }

    /**
     * The full log of session thread {@code threadId} of this (coordinator) session: the thread's own conversation,
     * tool calls and results; the primary log has the condensed view. Empty when there is no such thread.
     */
    public List<Event> threadEvents(String threadId) {
        String key = id() + "." + java.util.Objects.requireNonNull(threadId, "threadId");
        List<Event> all = new java.util.ArrayList<>();
        long size = runner.log().size(key);
        for (long from = 0; from < size; from += PAGE) {
            all.addAll(runner.log().read(key, from, (int) Math.min(PAGE, size - from)));
        }
        return all;
    }

    /**
     * The session's cumulative usage ({@code usage} of the session object): tokens of every model request, active
     * seconds (a running turn counts up to now) and list cost (null without a price for the agent's model). Folded
     * incrementally from the log, so it is the same after the session is reopened.
     */
    public SessionUsage usage() {
        ctx.usage().advance(ctx);
        return ctx.usage().usage(ctx.now());
    }

    /** The session's {@code stats}: active seconds summed over threads, and seconds since creation. */
    public SessionStats stats() {
        ctx.usage().advance(ctx);
        return ctx.usage().stats(record.createdAt(), ctx.now());
    }

    /**
     * The session object as the API returns it (§5.1): the record's fields with {@code status}, {@code stats},
     * {@code usage} and {@code outcome_evaluations} derived from the log.
     */
    public String toJson() {
        return SessionJson.write(record, status(), stats(), usage(), outcomeEvaluations());
    }

    /**
     * The session's outcomes ({@code outcome_evaluations} of the session object): one entry per
     * {@code user.define_outcome}, in the order they were sent, with where each stands.
     */
    public List<OutcomeEvaluation> outcomeEvaluations() {
        return runner.outcomeEvaluations();
    }

    /** The session's sandboxed filesystem. */
    public Workspace workspace() {
        return workspace.get();
    }

    @Override
    public String toString() {
        return "Session[" + id() + ", " + status().wireName() + "]";
    }
}

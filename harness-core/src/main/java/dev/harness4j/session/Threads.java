package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.Multiagent;
import dev.harness4j.agent.RosterEntry;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.SessionThreadCreated;
import dev.harness4j.event.UserCustomToolResult;
import dev.harness4j.event.UserEvent;
import dev.harness4j.event.UserToolConfirmation;
import dev.harness4j.hands.SessionResources;
import dev.harness4j.hands.Toolbox;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.usage.UsageMeter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The session threads of one coordinator session (§10.2): resolves roster agents by name, creates threads (at most
 * {@link #MAX_RUNNING} working at once), routes answers sent on the primary stream to the thread whose call they
 * answer, interrupts them, and folds their model usage into the session's meter.
 *
 * <p>Each thread has its own log ({@code <session>.<thread>} in the session's event log), its own model context and
 * its own tool resources (its own shell), and shares the session's workspace. A thread's toolbox is resolved from its
 * agent's definition alone and never gets the delegation tools, whatever that definition says (one level of
 * delegation, enforced at run time). Threads run on their own daemon threads, not the harness executor: the
 * coordinator's delegation call blocks a harness thread while its threads work.
 */
final class Threads implements AutoCloseable {
    /** Most threads working at the same time. */
    static final int MAX_RUNNING = 25;

    private final SessionContext session;
    private final SessionServices services;
    private final Map<String, ThreadRunner> threads = new LinkedHashMap<>();
    private final List<SessionResources> resources = new ArrayList<>();
    private final ExecutorService executor;

    Threads(SessionContext session, SessionServices services) {
        this.session = session;
        this.services = services;
        AtomicInteger n = new AtomicInteger();
        String prefix = "harness4j-" + session.sessionId() + "-thread-";
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    String sessionId() {
        return session.sessionId();
    }

    /** The names the coordinator may delegate to, in roster order. */
    synchronized List<String> rosterNames() {
        return List.copyOf(roster().keySet());
    }

    private Map<String, Agent> roster() {
        Map<String, Agent> byName = new LinkedHashMap<>();
        Agent coordinator = session.agent();
        if (!(coordinator.multiagent() instanceof Multiagent.Coordinator c)) {
            return byName;
        }
        for (RosterEntry entry : c.agents()) {
            Agent callee;
            if (entry instanceof RosterEntry.AgentRef ref) {
                callee = ref.version() == null ? services.agents().retrieve(ref.id())
                        : services.agents().retrieve(ref.id(), ref.version());
            } else {
                callee = coordinator;
            }
            byName.putIfAbsent(callee.name(), callee);
        }
        return byName;
    }

    /**
     * Creates a thread for roster agent {@code agentName} and records {@code session.thread_created}; refused with an
     * exception naming the problem when the name is unknown or {@link #MAX_RUNNING} threads already work.
     */
    synchronized ThreadRunner create(String agentName) {
        Map<String, Agent> roster = roster();
        Agent callee = roster.get(agentName);
        if (callee == null) {
            throw new InvalidRequestException("no agent named '" + agentName + "' in the roster; available: "
                    + roster.keySet());
        }
        String threadId = session.ids().next(IdGenerator.Prefix.THREAD);
        // The callee's own tools only: delegation tools are never added to a thread, whatever its agent says.
        Toolbox toolbox = Toolbox.resolve(callee, services.toolsets(), services.hostTools());
        SessionResources own = new SessionResources();
        resources.add(own);
        SessionContext ctx = new SessionContext(session.sessionId() + "." + threadId, callee, session.log(),
                session.brain(), toolbox, session.workspaces(), session.networking(), own, new AtomicReference<>(),
                session.clock(), session.ids(), session.executor(), session.limits(), session.controls(),
                new UsageMeter(callee.model().id(), services.controls().prices()));
        ThreadRunner runner = new ThreadRunner(this, threadId, callee.name(), ctx);
        appendPrimary(List.of(new SessionThreadCreated(session.newEventId(), threadId, callee.name(), session.now())));
        threads.put(threadId, runner);
        return runner;
    }

    /** Throws naming the roster when no roster agent is called {@code agentName}. */
    synchronized void checkAgent(String agentName) {
        Map<String, Agent> roster = roster();
        if (!roster.containsKey(agentName)) {
            throw new InvalidRequestException("no agent named '" + agentName + "' in the roster; available: "
                    + roster.keySet());
        }
    }

    String newEventId() {
        return session.newEventId();
    }

    java.time.Instant now() {
        return session.now();
    }

    /** Checks that {@code extra} more threads may start working now; throws naming the limit otherwise. */
    synchronized void checkCapacity(int extra) {
        long running = threads.values().stream().filter(ThreadRunner::busy).count();
        if (running + extra > MAX_RUNNING) {
            throw new InvalidRequestException("at most " + MAX_RUNNING + " threads may work at once; " + running
                    + " are working and " + extra + " more were asked for");
        }
    }

    /** The thread with this id; throws when there is none. */
    synchronized ThreadRunner get(String threadId) {
        ThreadRunner r = threads.get(threadId);
        if (r == null) {
            throw new NotFoundException("session thread", threadId + " (session " + session.sessionId()
                    + " has threads " + threads.keySet() + ")");
        }
        return r;
    }

    /** The thread whose latest model response has call {@code useId}, or null. */
    synchronized ThreadRunner owner(String useId) {
        for (ThreadRunner r : threads.values()) {
            if (r.owns(useId)) {
                return r;
            }
        }
        return null;
    }

    /** The answer's call id, or null when {@code e} is not an answer. */
    static String answered(UserEvent e) {
        if (e instanceof UserToolConfirmation c) {
            return c.toolUseId();
        }
        if (e instanceof UserCustomToolResult r) {
            return r.customToolUseId();
        }
        return null;
    }

    /** The primary log's echo of an answer (or thread interrupt) routed to thread {@code threadId}: stamped, with its routing set. */
    UserEvent echo(UserEvent e, String threadId) {
        String id = session.newEventId();
        if (e instanceof dev.harness4j.event.UserInterrupt) {
            return e.stamped(id, session.now());
        }
        if (e instanceof UserToolConfirmation c) {
            return new UserToolConfirmation(id, c.toolUseId(), c.result(), c.denyMessage(), threadId, session.now());
        }
        UserCustomToolResult r = (UserCustomToolResult) e;
        return new UserCustomToolResult(id, r.customToolUseId(), r.content(), r.isError(), threadId, session.now());
    }

    /** Interrupts every thread that is working. */
    synchronized void interruptAll() {
        threads.values().forEach(ThreadRunner::interrupt);
    }

    void submit(Runnable step) {
        executor.execute(step);
    }

    /** Appends condensed thread activity to the primary log. */
    void appendPrimary(List<? extends Event> events) {
        session.log().append(session.sessionId(), events);
    }

    /** Folds what a thread appended into the session's usage (tokens, priced at the thread's model). */
    void recordUsage(ThreadRunner thread) {
        SessionContext ctx = thread.context();
        session.usage().advanceThread(thread.threadId(), ctx.agent().model().id(), ctx);
    }

    /**
     * After a restart: threads do not resume. Every thread the log shows mid-turn (running, retrying, or waiting for
     * an answer) is closed in its own log — its open calls get an "interrupted by restart" error result, then it idles
     * with {@code end_turn} — and on the primary log with {@code session.thread_status_idle}; the coordinator's open
     * delegation call is closed by {@link ResumePlan} like any call a restart cut off. Thread usage is folded again.
     */
    synchronized void closeLeftOver() {
        for (Event e : readAll(session.sessionId())) {
            if (!(e instanceof SessionThreadCreated created)) {
                continue;
            }
            String key = session.sessionId() + "." + created.sessionThreadId();
            List<Event> events = readAll(key);
            java.util.Set<String> open = new java.util.LinkedHashSet<>();
            java.util.Set<String> custom = new java.util.HashSet<>();
            boolean over = true;
            for (Event t : events) {
                if (t instanceof dev.harness4j.event.AgentToolUse u) {
                    open.add(u.id());
                } else if (t instanceof dev.harness4j.event.AgentCustomToolUse u) {
                    open.add(u.id());
                    custom.add(u.id());
                } else if (t instanceof dev.harness4j.event.AgentToolResult r) {
                    open.remove(r.toolUseId());
                } else if (t instanceof UserCustomToolResult r && r.processedAt() != null) {
                    open.remove(r.customToolUseId());
                }
                if (SessionStatus.after(t) != null) {
                    over = t instanceof dev.harness4j.event.SessionStatusTerminated
                            || (t instanceof dev.harness4j.event.SessionStatusIdle idle && idle.endsTurn());
                }
            }
            if (!over) {
                List<Event> closing = new ArrayList<>();
                for (String id : open) {
                    List<ContentBlock> why = text(ToolPhase.INTERRUPTED_BY_RESTART);
                    closing.add(custom.contains(id)
                            ? new UserCustomToolResult(session.newEventId(), id, why, Boolean.TRUE, null, session.now())
                            : new dev.harness4j.event.AgentToolResult(session.newEventId(), id, why, true,
                                    session.now()));
                }
                closing.add(new dev.harness4j.event.SessionStatusIdle(session.newEventId(),
                        dev.harness4j.event.StopReason.END_TURN, null, session.now()));
                session.log().append(key, closing);
                appendPrimary(List.of(new dev.harness4j.event.SessionThreadStatusIdle(session.newEventId(),
                        created.sessionThreadId(), created.agentName(), dev.harness4j.event.StopReason.END_TURN,
                        session.now())));
            }
            Agent callee = roster().get(created.agentName());
            String model = callee != null ? callee.model().id() : session.agent().model().id();
            session.usage().advanceThread(created.sessionThreadId(), model, new LogKey(session, key));
        }
    }

    private List<Event> readAll(String key) {
        List<Event> all = new ArrayList<>();
        long size = session.log().size(key);
        for (long from = 0; from < size; ) {
            List<Event> page = session.log().read(key, from, (int) Math.min(512, size - from));
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            from += page.size();
        }
        return all;
    }

    /** A read-only view of one log key. */
    private record LogKey(SessionContext session, String key) implements dev.harness4j.brain.LogView {
        @Override
        public long size() {
            return session.log().size(key);
        }

        @Override
        public List<Event> read(long from, int limit) {
            return session.log().read(key, from, limit);
        }
    }

    /** A text content list. */
    static List<ContentBlock> text(String text) {
        return List.of(new ContentBlock.Text(text == null ? "" : text));
    }

    /** Stops the threads' executor and closes their tool resources. */
    @Override
    public synchronized void close() {
        executor.shutdownNow();
        resources.forEach(SessionResources::close);
        resources.clear();
    }
}

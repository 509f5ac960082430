package dev.harness4j.session;

import dev.harness4j.ConflictException;
import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.hands.SessionResources;
import dev.harness4j.hands.Toolbox;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.usage.UsageMeter;
import dev.harness4j.workspace.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** Creates, finds and lists sessions; each session gets its own workspace and one runner. */
public final class Sessions implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Sessions.class);
    private final SessionServices services;
    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Map<String, LazyWorkspace> workspaces = new ConcurrentHashMap<>();
    private final Map<String, SessionResources> resources = new ConcurrentHashMap<>();

    /** Wires the service; the harness does this. */
    public Sessions(SessionServices services) {
        this.services = services;
    }

    /** A new session of the agent's latest version (pinned now) in the environment. */
    public Session create(String agentId, String environmentId) {
        return create(SessionSpec.of(agentId, environmentId));
    }

    /** A new session of this agent (its version as given) in this environment. */
    public Session create(Agent agent, Environment environment) {
        return create(SessionSpec.pinned(agent.id(), agent.version(), environment.id()));
    }

    /** A new session as specified; refused with a typed exception when the agent or environment is missing or archived. */
    public Session create(SessionSpec spec) {
        Agent agent = spec.agentVersion() == null
                ? services.agents().retrieve(spec.agentId())
                : services.agents().retrieve(spec.agentId(), spec.agentVersion());
        if (agent.archivedAt() != null) {
            throw new ConflictException("agent " + agent.id() + " is archived; new sessions cannot use it");
        }
        Environment environment = services.environments().retrieve(spec.environmentId());
        if (environment.archivedAt() != null) {
            throw new ConflictException("environment " + environment.id() + " is archived; new sessions cannot use it");
        }
        Toolbox toolbox = Toolbox.resolve(agent, services.toolsets(), services.hostTools());
        Instant now = services.clock().instant();
        SessionRecord record = new SessionRecord(services.ids().next(IdGenerator.Prefix.SESSION), agent,
                environment.id(), spec.title(), spec.metadata(), spec.budget(), now, now, null);
        LazyWorkspace workspace = new LazyWorkspace(record.id(), environment, services.sessionData(), services.clock());
        workspace.get();
        services.store().sessions().save(record);
        workspaces.put(record.id(), workspace);
        Session session = open(record, toolbox, workspace, environment,
                Recovery.fresh());
        return session;
    }

    /** The session with this id, woken from the store if this harness has not opened it yet. */
    public Session retrieve(String id) {
        Session s = open.get(id);
        if (s != null) {
            return s;
        }
        synchronized (this) {
            s = open.get(id);
            if (s != null) {
                return s;
            }
            SessionRecord record = services.store().sessions().get(id)
                    .orElseThrow(() -> new NotFoundException("session", id));
            return wake(record, Recovery.scan(services.log(), id));
        }
    }

    /**
     * Wakes every stored session that has work left — a turn a previous process left open, or inputs it accepted but
     * did not process — so it finishes without anyone calling {@link #retrieve}. Sessions that are idle (including
     * those waiting for confirmations) stay asleep until retrieved. The harness calls this when it is built; returns
     * the ids of the sessions woken.
     */
    public List<String> resumeAll() {
        List<String> woken = new java.util.ArrayList<>();
        for (SessionRecord record : services.store().sessions().list()) {
            if (open.containsKey(record.id())) {
                continue;
            }
            Recovery recovery = Recovery.scan(services.log(), record.id());
            boolean work = recovery.status() == SessionStatus.RUNNING
                    || recovery.status() == SessionStatus.RESCHEDULING
                    || (recovery.status() != SessionStatus.TERMINATED && !recovery.unprocessed().isEmpty());
            if (work) {
                synchronized (this) {
                    if (!open.containsKey(record.id())) {
                        try {
                            wake(record, recovery);
                            woken.add(record.id());
                        } catch (RuntimeException e) {
                            log.warn("session {} could not be woken; it stays asleep until retrieved", record.id(), e);
                        }
                    }
                }
            }
        }
        return woken;
    }

    private Session wake(SessionRecord record, Recovery recovery) {
        String id = record.id();
        Environment environment = services.environments().retrieve(record.environmentId());
        LazyWorkspace workspace = workspaces.computeIfAbsent(id,
                k -> new LazyWorkspace(id, environment, services.sessionData(), services.clock()));
        return open(record, Toolbox.resolve(record.agent(), services.toolsets(), services.hostTools()), workspace,
                environment, recovery);
    }

    /** The records of every session in the store, open or not. */
    public List<SessionRecord> list() {
        return services.store().sessions().list();
    }

    private Session open(SessionRecord record, Toolbox toolbox, LazyWorkspace workspace, Environment environment,
                         Recovery recovery) {
        SessionResources sessionResources = resources.computeIfAbsent(record.id(), k -> new SessionResources());
        SessionContext ctx = new SessionContext(record.id(), record.agent(), services.log(), services.brain(), toolbox,
                workspace, environment.config().networking(), sessionResources, new AtomicReference<>(),
                services.clock(), services.ids(), services.executor(), services.limits(),
                services.controls().forBudget(record.budget()),
                new UsageMeter(record.agent().model().id(), services.controls().prices()));
        Threads threads = null;
        if (record.agent().multiagent() != null) {
            // A coordinator: its delegation tools run session threads (closed with the session's resources).
            Threads created = new Threads(ctx, services);
            threads = sessionResources.get(Threads.class, () -> created);
            threads.closeLeftOver();
            ctx = withToolbox(ctx, toolbox.with(DelegationTools.of(threads)));
        }
        SessionRunner runner = new SessionRunner(ctx, recovery, services.grading(), threads);
        Session session = new Session(record, runner, workspace, ctx);
        open.put(record.id(), session);
        runner.resume();
        return session;
    }

    private static SessionContext withToolbox(SessionContext c, Toolbox toolbox) {
        return new SessionContext(c.sessionId(), c.agent(), c.log(), c.brain(), toolbox, c.workspaces(),
                c.networking(), c.resources(), c.runningCall(), c.clock(), c.ids(), c.executor(), c.limits(),
                c.controls(), c.usage());
    }

    /** Closes every session's tool resources and every workspace this service created. */
    @Override
    public void close() {
        for (SessionResources r : resources.values()) {
            r.close();
        }
        resources.clear();
        for (LazyWorkspace w : workspaces.values()) {
            w.close();
        }
        workspaces.clear();
        open.clear();
    }

}

package dev.harness4j.agent;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.store.AgentRepository;
import dev.harness4j.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents of a harness: create, retrieve (latest or a version), list, update into new versions and archive.
 * Thread-safe; changes are serialised so version numbers grow by exactly one per update.
 */
public final class Agents {
    private static final Logger LOG = LoggerFactory.getLogger(Agents.class);

    private final AgentRepository repository;
    private final Clock clock;
    private final IdGenerator ids;
    private final Object writeLock = new Object();

    /** Agents kept in {@code store}, stamped with {@code clock} and named by {@code ids}. */
    public Agents(Store store, Clock clock, IdGenerator ids) {
        this.repository = Objects.requireNonNull(store, "store").agents();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Creates an agent at version 1; multiagent references must name existing, unarchived, non-coordinator agents. */
    public Agent create(AgentSpec spec) {
        Objects.requireNonNull(spec, "spec");
        synchronized (writeLock) {
            Multiagent multiagent = resolveRoster(spec.multiagent(), null);
            String id = ids.next(IdGenerator.Prefix.AGENT);
            if (repository.latest(id).isPresent()) {
                throw new ConflictException("generated agent id " + id + " is already in use (does the id generator "
                        + "restart its sequence over a durable store?)");
            }
            Instant now = clock.instant();
            Agent agent = new Agent(id, spec.name(), spec.description(), spec.model(),
                    spec.system(), resolve(spec.tools()), spec.mcpServers(), spec.skills(), multiagent,
                    spec.metadata(), 1, now, now, null);
            repository.saveVersion(agent);
            LOG.debug("created agent {} ({})", agent.id(), agent.name());
            return agent;
        }
    }

    /** The latest version of an agent. */
    public Agent retrieve(String id) {
        return repository.latest(id).orElseThrow(() -> new NotFoundException("agent", id));
    }

    /** One version of an agent. */
    public Agent retrieve(String id, long version) {
        return repository.version(id, version)
                .orElseThrow(() -> new NotFoundException("agent", id + " version " + version));
    }

    /** The latest version of every agent that is not archived, oldest first. */
    public List<Agent> list() {
        List<Agent> active = new ArrayList<>();
        for (Agent a : repository.list()) {
            if (!a.archived()) {
                active.add(a);
            }
        }
        return List.copyOf(active);
    }

    /** The latest version of every agent, archived ones included, oldest first. */
    public List<Agent> listIncludingArchived() {
        return repository.list();
    }

    /** Every version of an agent, version 1 first. */
    public List<Agent> versions(String id) {
        List<Agent> versions = repository.versions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("agent", id);
        }
        return versions;
    }

    /**
     * Applies an update as a new version (checking the update's own expected version, if it has one). An update that
     * changes nothing returns the current version unchanged.
     */
    public Agent update(String id, AgentUpdate update) {
        Objects.requireNonNull(update, "update");
        return doUpdate(id, update, update.expectedVersion().isPresent() ? update.expectedVersion().getAsLong() : null);
    }

    /** Applies an update only if the agent's current version is {@code expectedVersion}. */
    public Agent update(String id, AgentUpdate update, long expectedVersion) {
        Objects.requireNonNull(update, "update");
        return doUpdate(id, update, expectedVersion);
    }

    /** Archives an agent: it stays readable but cannot be updated or used by new sessions. Idempotent. */
    public Agent archive(String id) {
        synchronized (writeLock) {
            Agent current = retrieve(id);
            if (current.archived()) {
                return current;
            }
            Instant now = clock.instant();
            repository.markArchived(id, now);
            LOG.debug("archived agent {}", id);
            return current.withArchivedAt(now);
        }
    }

    private Agent doUpdate(String id, AgentUpdate update, Long expectedVersion) {
        synchronized (writeLock) {
            Agent current = retrieve(id);
            if (current.archived()) {
                throw new ConflictException("agent " + id + " is archived and cannot be updated");
            }
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new ConflictException("agent " + id + ": expected version " + expectedVersion
                        + " but the current version is " + current.version());
            }
            AgentSpec next = update.applyTo(specOf(current));
            Multiagent multiagent = update.changesMultiagent() ? resolveRoster(next.multiagent(), id)
                    : current.multiagent();
            Agent candidate = new Agent(id, next.name(), next.description(), next.model(), next.system(),
                    resolve(next.tools()), next.mcpServers(), next.skills(), multiagent, next.metadata(),
                    current.version(), current.createdAt(), current.updatedAt(), null);
            if (candidate.equals(current)) {
                return current;
            }
            Agent updated = new Agent(id, candidate.name(), candidate.description(), candidate.model(),
                    candidate.system(), candidate.tools(), candidate.mcpServers(), candidate.skills(),
                    candidate.multiagent(), candidate.metadata(), current.version() + 1, current.createdAt(),
                    clock.instant(), null);
            repository.saveVersion(updated);
            LOG.debug("updated agent {} to version {}", id, updated.version());
            return updated;
        }
    }

    private static AgentSpec specOf(Agent agent) {
        return new AgentSpec(agent.name(), agent.description(), agent.model(), agent.system(), agent.tools(),
                agent.mcpServers(), agent.skills(), agent.multiagent(), agent.metadata());
    }

    private static List<ToolDefinition> resolve(List<ToolDefinition> tools) {
        List<ToolDefinition> resolved = new ArrayList<>(tools.size());
        for (ToolDefinition t : tools) {
            resolved.add(t.resolved());
        }
        return List.copyOf(resolved);
    }

    /** Checks roster references against the store and pins each to a version; {@code selfId} is the agent updated. */
    private Multiagent resolveRoster(Multiagent multiagent, String selfId) {
        if (!(multiagent instanceof Multiagent.Coordinator coordinator)) {
            return multiagent;
        }
        List<RosterEntry> pinned = new ArrayList<>();
        List<RosterEntry> entries = coordinator.agents();
        for (int i = 0; i < entries.size(); i++) {
            RosterEntry entry = entries.get(i);
            if (!(entry instanceof RosterEntry.AgentRef ref)) {
                pinned.add(entry);
                continue;
            }
            String where = "multiagent.agents[" + i + "]: agent " + ref.id();
            if (ref.id().equals(selfId)) {
                throw new InvalidRequestException(where + " is this agent; use {\"type\":\"self\"} instead");
            }
            Optional<Agent> target = ref.version() == null ? repository.latest(ref.id())
                    : repository.version(ref.id(), ref.version());
            if (target.isEmpty()) {
                throw new InvalidRequestException(where + (ref.version() == null ? " does not exist"
                        : " has no version " + ref.version()));
            }
            Agent callee = target.get();
            if (callee.archived()) {
                throw new InvalidRequestException(where + " is archived and cannot be referenced");
            }
            if (callee.multiagent() != null) {
                throw new InvalidRequestException(where + " has multiagent itself; callable agents must not have "
                        + "multiagent (one level of delegation)");
            }
            pinned.add(RosterEntry.agent(ref.id(), callee.version()));
        }
        return Multiagent.coordinator(pinned);
    }
}

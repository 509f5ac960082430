package dev.harness4j.store;

import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.session.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link Store} in this process's memory; records are immutable values, so they are kept as they are. */
final class InMemoryStore implements Store {
    private final Object lock = new Object();
    private final Map<String, List<Agent>> agentVersions = new HashMap<>();
    private final Map<String, Instant> agentArchivedAt = new HashMap<>();
    private final Map<String, Environment> environments = new HashMap<>();
    private final Map<String, SessionRecord> sessions = new HashMap<>();
    private boolean closed;

    private final AgentRepository agents = new AgentRepository() {
        @Override
        public void saveVersion(Agent agent) {
            Objects.requireNonNull(agent, "agent");
            synchronized (lock) {
                open();
                List<Agent> versions = agentVersions.get(agent.id());
                long latest = versions == null ? 0 : versions.get(versions.size() - 1).version();
                Versions.checkNext(agent, latest);
                agentVersions.computeIfAbsent(agent.id(), k -> new ArrayList<>()).add(agent.withArchivedAt(null));
            }
        }

        @Override
        public Optional<Agent> latest(String id) {
            synchronized (lock) {
                open();
                List<Agent> versions = agentVersions.get(id);
                return versions == null ? Optional.empty() : Optional.of(overlay(versions.get(versions.size() - 1)));
            }
        }

        @Override
        public Optional<Agent> version(String id, long version) {
            synchronized (lock) {
                open();
                List<Agent> versions = agentVersions.get(id);
                if (versions == null || version < 1 || version > versions.size()) {
                    return Optional.empty();
                }
                return Optional.of(overlay(versions.get((int) version - 1)));
            }
        }

        @Override
        public List<Agent> versions(String id) {
            synchronized (lock) {
                open();
                List<Agent> versions = agentVersions.getOrDefault(id, List.of());
                return versions.stream().map(InMemoryStore.this::overlay).toList();
            }
        }

        @Override
        public List<Agent> list() {
            synchronized (lock) {
                open();
                List<Agent> latest = new ArrayList<>();
                for (List<Agent> versions : agentVersions.values()) {
                    latest.add(overlay(versions.get(versions.size() - 1)));
                }
                return Versions.sortAgents(latest);
            }
        }

        @Override
        public void markArchived(String id, Instant archivedAt) {
            Objects.requireNonNull(archivedAt, "archivedAt");
            synchronized (lock) {
                open();
                if (!agentVersions.containsKey(id)) {
                    throw new NotFoundException("agent", id);
                }
                agentArchivedAt.put(id, archivedAt);
            }
        }
    };

    private final EnvironmentRepository environmentRepository = new EnvironmentRepository() {
        @Override
        public void save(Environment environment) {
            Objects.requireNonNull(environment, "environment");
            synchronized (lock) {
                open();
                environments.put(environment.id(), environment);
            }
        }

        @Override
        public Optional<Environment> get(String id) {
            synchronized (lock) {
                open();
                return Optional.ofNullable(environments.get(id));
            }
        }

        @Override
        public List<Environment> list() {
            synchronized (lock) {
                open();
                return Versions.sortEnvironments(new ArrayList<>(environments.values()));
            }
        }

        @Override
        public boolean delete(String id) {
            synchronized (lock) {
                open();
                return environments.remove(id) != null;
            }
        }
    };

    private final SessionRepository sessionRepository = new SessionRepository() {
        @Override
        public void save(SessionRecord session) {
            Objects.requireNonNull(session, "session");
            synchronized (lock) {
                open();
                sessions.put(session.id(), session);
            }
        }

        @Override
        public Optional<SessionRecord> get(String id) {
            synchronized (lock) {
                open();
                return Optional.ofNullable(sessions.get(id));
            }
        }

        @Override
        public List<SessionRecord> list() {
            synchronized (lock) {
                open();
                return Versions.sortSessions(new ArrayList<>(sessions.values()));
            }
        }

        @Override
        public boolean delete(String id) {
            synchronized (lock) {
                open();
                return sessions.remove(id) != null;
            }
        }
    };

    @Override
    public AgentRepository agents() {
        return agents;
    }

    @Override
    public EnvironmentRepository environments() {
        return environmentRepository;
    }

    @Override
    public SessionRepository sessions() {
        return sessionRepository;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
    }

    private Agent overlay(Agent agent) {
        return agent.withArchivedAt(agentArchivedAt.get(agent.id()));
    }
}

package dev.harness4j.store;

import dev.harness4j.ConflictException;
import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.session.SessionRecord;
import java.util.Comparator;
import java.util.List;

/** Rules every store shares: the version sequence of an agent and the order of lists. */
final class Versions {
    private static final Comparator<Agent> AGENTS = Comparator.comparing(Agent::createdAt).thenComparing(Agent::id);
    private static final Comparator<Environment> ENVIRONMENTS =
            Comparator.comparing(Environment::createdAt).thenComparing(Environment::id);
    private static final Comparator<SessionRecord> SESSIONS =
            Comparator.comparing(SessionRecord::createdAt).thenComparing(SessionRecord::id);

    private Versions() {
    }

    /** Refuses a version that is not exactly one more than {@code latest} (0 when the agent is new). */
    static void checkNext(Agent agent, long latest) {
        if (agent.version() != latest + 1) {
            throw new ConflictException("agent " + agent.id() + ": cannot save version " + agent.version()
                    + (latest == 0 ? "; a new agent starts at version 1" : " after version " + latest
                    + "; the next version is " + (latest + 1)));
        }
    }

    static List<Agent> sortAgents(List<Agent> agents) {
        agents.sort(AGENTS);
        return List.copyOf(agents);
    }

    static List<Environment> sortEnvironments(List<Environment> environments) {
        environments.sort(ENVIRONMENTS);
        return List.copyOf(environments);
    }

    static List<SessionRecord> sortSessions(List<SessionRecord> sessions) {
        sessions.sort(SESSIONS);
        return List.copyOf(sessions);
    }
}

package dev.harness4j.store;

import dev.harness4j.agent.Agent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every version of every agent. Versions are immutable once saved; archiving marks all versions of an agent. */
public interface AgentRepository {

    /**
     * Saves a new version: version 1 of an unknown id, or exactly one more than the latest version. Anything else
     * throws {@link dev.harness4j.ConflictException} and saves nothing.
     */
    void saveVersion(Agent agent);

    /** The latest version of an agent. */
    Optional<Agent> latest(String id);

    /** One version of an agent. */
    Optional<Agent> version(String id, long version);

    /** Every version of an agent, version 1 first; empty for an unknown id. */
    List<Agent> versions(String id);

    /** The latest version of every agent (archived included), by creation time, then id. */
    List<Agent> list();

    /**
     * Marks an agent archived at {@code archivedAt}: every version read afterwards carries it. Throws
     * {@link dev.harness4j.NotFoundException} for an unknown id.
     */
    void markArchived(String id, Instant archivedAt);
}

package dev.harness4j.store;

import java.nio.file.Path;

/**
 * Where a harness keeps its agents (every version), environments and session records. Implementations must be
 * thread-safe; lists are ordered by creation time, then id. Prove a new implementation with
 * {@code dev.harness4j.test.store.StoreConformance} from harness-test.
 */
public interface Store extends AutoCloseable {

    /** The agents, every version of each. */
    AgentRepository agents();

    /** The environments. */
    EnvironmentRepository environments();

    /** The session records. */
    SessionRepository sessions();

    /** Releases the store; using it afterwards throws {@link IllegalStateException}. */
    @Override
    void close();

    /** A store that lives in this process's memory only. */
    static Store inMemory() {
        return new InMemoryStore();
    }

    /** A durable store of JSON files under {@code dir} (created if missing); reopening it sees the same records. */
    static Store directory(Path dir) {
        return new FileStore(dir);
    }
}

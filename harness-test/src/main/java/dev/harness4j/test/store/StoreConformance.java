package dev.harness4j.test.store;

import static dev.harness4j.test.store.StoreFixtures.T0;
import static dev.harness4j.test.store.StoreFixtures.agent;
import static dev.harness4j.test.store.StoreFixtures.at;
import static dev.harness4j.test.store.StoreFixtures.environment;
import static dev.harness4j.test.store.StoreFixtures.richAgent;
import static dev.harness4j.test.store.StoreFixtures.richEnvironment;
import static dev.harness4j.test.store.StoreFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.NotFoundException;
import dev.harness4j.agent.Agent;
import dev.harness4j.environment.Environment;
import dev.harness4j.session.SessionRecord;
import dev.harness4j.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Store} must keep. Extend it in a test class, implement {@link #createStore()} and, for a
 * durable store, {@link #reopen()}; JUnit runs each contract against a fresh store.
 */
public abstract class StoreConformance {

    /** The store under test; a fresh one per test. */
    protected Store store;

    /** Creates a fresh, empty store. */
    protected abstract Store createStore();

    /**
     * A new store over the data of the one the last {@link #createStore()} returned, which the suite has closed; empty
     * (the default) when the store is not durable, which skips the durability contracts.
     */
    protected Optional<Store> reopen() {
        return Optional.empty();
    }

    /** Creates the store under test. */
    @BeforeEach
    protected void openStore() {
        store = createStore();
    }

    /** Closes the store under test. */
    @AfterEach
    protected void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Versions of an agent read back as saved: latest, each version, and all in order. */
    @Test
    public void agentVersionsReadBack() {
        Agent v1 = agent("agent_a", 1, T0);
        Agent v2 = agent("agent_a", 2, T0);
        store.agents().saveVersion(v1);
        store.agents().saveVersion(v2);
        assertEquals(Optional.of(v2), store.agents().latest("agent_a"));
        assertEquals(Optional.of(v1), store.agents().version("agent_a", 1));
        assertEquals(Optional.of(v2), store.agents().version("agent_a", 2));
        assertEquals(List.of(v1, v2), store.agents().versions("agent_a"));
    }

    /** Versions start at 1 and grow by exactly one; anything else is a conflict that stores nothing. */
    @Test
    public void agentVersionsAreASequence() {
        assertThrows(ConflictException.class, () -> store.agents().saveVersion(agent("agent_a", 2, T0)));
        assertEquals(Optional.empty(), store.agents().latest("agent_a"));
        store.agents().saveVersion(agent("agent_a", 1, T0));
        assertThrows(ConflictException.class, () -> store.agents().saveVersion(agent("agent_a", 1, T0)));
        assertThrows(ConflictException.class, () -> store.agents().saveVersion(agent("agent_a", 3, T0)));
        assertEquals(1, store.agents().versions("agent_a").size());
        assertEquals("v1", store.agents().latest("agent_a").orElseThrow().system());
    }

    /** Unknown ids and versions are empty, never an exception. */
    @Test
    public void unknownAgentsAreEmpty() {
        store.agents().saveVersion(agent("agent_a", 1, T0));
        assertEquals(Optional.empty(), store.agents().latest("agent_b"));
        assertEquals(Optional.empty(), store.agents().version("agent_a", 2));
        assertEquals(Optional.empty(), store.agents().version("agent_a", 0));
        assertEquals(List.of(), store.agents().versions("agent_b"));
    }

    /** The list holds the latest version of each agent, by creation time, then id. */
    @Test
    public void agentListIsLatestVersionsInCreationOrder() {
        Agent c = agent("agent_c", 1, at(1));
        Agent b1 = agent("agent_b", 1, at(2));
        Agent b2 = agent("agent_b", 2, at(2));
        Agent a = agent("agent_a", 1, at(2));
        store.agents().saveVersion(b1);
        store.agents().saveVersion(c);
        store.agents().saveVersion(a);
        store.agents().saveVersion(b2);
        assertEquals(List.of(c, a, b2), store.agents().list());
    }

    /** Archiving marks every version; a saved archived_at is ignored; unknown ids are not found. */
    @Test
    public void archiveMarksEveryVersion() {
        store.agents().saveVersion(agent("agent_a", 1, T0));
        store.agents().saveVersion(agent("agent_a", 2, T0).withArchivedAt(at(1)));
        assertFalse(store.agents().latest("agent_a").orElseThrow().archived());
        store.agents().markArchived("agent_a", at(9));
        assertEquals(at(9), store.agents().latest("agent_a").orElseThrow().archivedAt());
        assertEquals(at(9), store.agents().version("agent_a", 1).orElseThrow().archivedAt());
        assertTrue(store.agents().versions("agent_a").stream().allMatch(Agent::archived));
        assertTrue(store.agents().list().get(0).archived());
        assertThrows(NotFoundException.class, () -> store.agents().markArchived("agent_zz", at(9)));
    }

    /** Records with every field set read back equal. */
    @Test
    public void recordsRoundTripExactly() {
        Agent rich = richAgent("agent_rich");
        store.agents().saveVersion(rich);
        assertEquals(Optional.of(rich), store.agents().latest("agent_rich"));
        Environment env = richEnvironment("env_rich");
        store.environments().save(env);
        assertEquals(Optional.of(env), store.environments().get("env_rich"));
        SessionRecord session = session("sesn_rich", rich, T0);
        store.sessions().save(session);
        assertEquals(Optional.of(session), store.sessions().get("sesn_rich"));
    }

    /** Environments are saved, replaced, listed in creation order and deleted. */
    @Test
    public void environmentsSaveReplaceListDelete() {
        Environment b = environment("env_b", "b", at(2));
        Environment a = environment("env_a", "a", at(2));
        Environment c = environment("env_c", "c", at(1));
        store.environments().save(b);
        store.environments().save(a);
        store.environments().save(c);
        assertEquals(List.of(c, a, b), store.environments().list());
        Environment archived = b.withArchivedAt(at(3));
        store.environments().save(archived);
        assertEquals(Optional.of(archived), store.environments().get("env_b"));
        assertEquals(3, store.environments().list().size());
        assertTrue(store.environments().delete("env_b"));
        assertFalse(store.environments().delete("env_b"));
        assertEquals(Optional.empty(), store.environments().get("env_b"));
        assertEquals(List.of(c, a), store.environments().list());
    }

    /** Session records are saved, replaced, listed in creation order and deleted. */
    @Test
    public void sessionsSaveReplaceListDelete() {
        Agent agent = agent("agent_a", 1, T0);
        SessionRecord s2 = session("sesn_2", agent, at(2));
        SessionRecord s1 = session("sesn_1", agent, at(1));
        store.sessions().save(s2);
        store.sessions().save(s1);
        assertEquals(List.of(s1, s2), store.sessions().list());
        SessionRecord renamed = s2.withTitle("renamed", at(5));
        store.sessions().save(renamed);
        assertEquals(Optional.of(renamed), store.sessions().get("sesn_2"));
        assertTrue(store.sessions().delete("sesn_1"));
        assertFalse(store.sessions().delete("sesn_1"));
        assertEquals(List.of(renamed), store.sessions().list());
        assertEquals(Optional.empty(), store.sessions().get("sesn_nope"));
    }

    /** A closed store refuses to be used. */
    @Test
    public void closedStoreRefusesUse() {
        store.close();
        assertThrows(IllegalStateException.class, () -> store.agents().latest("agent_a"));
        assertThrows(IllegalStateException.class, () -> store.environments().list());
        assertThrows(IllegalStateException.class, () -> store.sessions().save(session("sesn_1",
                agent("agent_a", 1, T0), T0)));
        store = null;
    }

    /** Concurrent writers of one agent each get distinct versions; none is lost or duplicated. */
    @Test
    public void concurrentVersionWritersNeverCollide() throws Exception {
        store.agents().saveVersion(agent("agent_a", 1, T0));
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                assertTrue(start.await(10, TimeUnit.SECONDS));
                int saved = 0;
                while (saved < perThread) {
                    long next = store.agents().latest("agent_a").orElseThrow().version() + 1;
                    try {
                        store.agents().saveVersion(agent("agent_a", next, T0));
                        saved++;
                    } catch (ConflictException lostRace) {
                        // another writer took this version; read again
                    }
                }
                return saved;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<Agent> versions = store.agents().versions("agent_a");
        assertEquals(1 + total, versions.size());
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i).version());
        }
    }

    /** A reopened durable store sees the same agents, versions, archive marks, environments and sessions. */
    @Test
    public void reopenedStoreSeesTheSameRecords() {
        Agent rich = richAgent("agent_rich");
        store.agents().saveVersion(rich);
        store.agents().saveVersion(agent("agent_a", 1, at(1)));
        store.agents().saveVersion(agent("agent_a", 2, at(1)));
        store.agents().markArchived("agent_a", at(7));
        store.environments().save(richEnvironment("env_rich"));
        store.environments().save(environment("env_gone", "gone", at(2)));
        store.environments().delete("env_gone");
        store.sessions().save(session("sesn_1", rich, at(3)));
        List<Agent> agents = store.agents().list();
        List<Agent> versions = store.agents().versions("agent_a");
        List<Environment> environments = store.environments().list();
        List<SessionRecord> sessions = store.sessions().list();
        store.close();
        Optional<Store> reopened = reopen();
        store = reopened.orElse(null);
        Assumptions.assumeTrue(reopened.isPresent(), "the store is not durable");
        assertEquals(agents, store.agents().list());
        assertEquals(versions, store.agents().versions("agent_a"));
        assertEquals(environments, store.environments().list());
        assertEquals(sessions, store.sessions().list());
        store.agents().saveVersion(agent("agent_a", 3, at(1)));
        assertEquals(3, store.agents().latest("agent_a").orElseThrow().version());
    }
}

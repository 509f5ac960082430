package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgentsTest {
    private static final Instant T0 = Instant.parse("2026-04-08T12:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-08T12:05:00Z");

    private final Store store = Store.inMemory();
    private final IdGenerator ids = IdGenerator.sequential();
    private final Agents agents = new Agents(store, Clock.fixed(T0, ZoneOffset.UTC), ids);
    private final Agents later = new Agents(store, Clock.fixed(T1, ZoneOffset.UTC), ids);

    @AfterEach
    void close() {
        store.close();
    }

    private static AgentSpec.Builder coding() {
        return AgentSpec.builder().name("Coding Assistant").model("claude-sonnet-4-6")
                .system("You are a helpful coding assistant.").tool(ToolDefinition.agentToolset());
    }

    @Test
    void createStartsAtVersionOneWithResolvedTools() {
        Agent agent = agents.create(coding().metadata("team", "core").build());
        assertEquals("agent_000001", agent.id());
        assertEquals(1, agent.version());
        assertEquals(T0, agent.createdAt());
        assertEquals(T0, agent.updatedAt());
        assertNull(agent.archivedAt());
        assertEquals(new ModelConfig("claude-sonnet-4-6", "standard"), agent.model());
        AgentToolset toolset = (AgentToolset) agent.tools().get(0);
        assertEquals(ToolConfig.defaults(true, PermissionPolicy.ALWAYS_ALLOW), toolset.defaultConfig());
        assertEquals(Map.of("team", "core"), agent.metadata());
        assertEquals(agent, agents.retrieve(agent.id()));
        assertEquals(agent, agents.retrieve(agent.id(), 1));
    }

    @Test
    void unknownIdsAndVersionsAreNotFound() {
        Agent agent = agents.create(coding().build());
        NotFoundException e = assertThrows(NotFoundException.class, () -> agents.retrieve("agent_nope"));
        assertTrue(e.getMessage().contains("agent_nope"), e.getMessage());
        assertThrows(NotFoundException.class, () -> agents.retrieve(agent.id(), 2));
        assertThrows(NotFoundException.class, () -> agents.versions("agent_nope"));
        assertThrows(NotFoundException.class, () -> agents.update("agent_nope", AgentUpdate.builder().build()));
        assertThrows(NotFoundException.class, () -> agents.archive("agent_nope"));
    }

    @Test
    void updateMakesANewVersionAndKeepsTheOldOne() {
        Agent v1 = agents.create(coding().description("first").build());
        Agent v2 = later.update(v1.id(), AgentUpdate.builder().system("Be terse.").metadata("k", "v").build());
        assertEquals(2, v2.version());
        assertEquals("Be terse.", v2.system());
        assertEquals("first", v2.description());
        assertEquals(T0, v2.createdAt());
        assertEquals(T1, v2.updatedAt());
        assertEquals(v1, agents.retrieve(v1.id(), 1));
        assertEquals(v2, agents.retrieve(v1.id()));
        assertEquals(List.of(v1, v2), agents.versions(v1.id()));
    }

    @Test
    void noOpUpdateKeepsTheVersion() {
        Agent v1 = agents.create(coding().build());
        Agent same = later.update(v1.id(), AgentUpdate.builder().name("Coding Assistant").build());
        assertEquals(v1, same);
        assertEquals(1, agents.versions(v1.id()).size());
    }

    @Test
    void staleExpectedVersionIsAConflictNamingBothVersions() {
        Agent v1 = agents.create(coding().build());
        agents.update(v1.id(), AgentUpdate.builder().system("two").build(), 1);
        ConflictException e = assertThrows(ConflictException.class,
                () -> agents.update(v1.id(), AgentUpdate.builder().system("three").build(), 1));
        assertTrue(e.getMessage().contains("expected version 1") && e.getMessage().contains("current version is 2"),
                e.getMessage());
        ConflictException fromUpdate = assertThrows(ConflictException.class,
                () -> agents.update(v1.id(), AgentUpdate.builder().expectedVersion(1).system("three").build()));
        assertTrue(fromUpdate.getMessage().contains("expected version 1"), fromUpdate.getMessage());
        assertEquals(2, agents.retrieve(v1.id()).version());
        assertEquals(3, agents.update(v1.id(), AgentUpdate.builder().system("three").build(), 2).version());
    }

    @Test
    void archiveHidesFromListAndRefusesUpdates() {
        Agent a = agents.create(coding().build());
        Agent b = agents.create(coding().name("Other").build());
        Agent archived = later.archive(a.id());
        assertEquals(T1, archived.archivedAt());
        assertTrue(archived.archived());
        assertEquals(List.of(b), agents.list());
        assertEquals(List.of(archived, b), agents.listIncludingArchived());
        assertEquals(T1, agents.retrieve(a.id(), 1).archivedAt());
        ConflictException e = assertThrows(ConflictException.class,
                () -> agents.update(a.id(), AgentUpdate.builder().system("x").build()));
        assertTrue(e.getMessage().contains("archived"), e.getMessage());
        assertEquals(archived, agents.archive(a.id()));
    }

    @Test
    void invalidUpdateStoresNothing() {
        Agent v1 = agents.create(coding().build());
        assertThrows(InvalidRequestException.class,
                () -> agents.update(v1.id(), AgentUpdate.builder().system("x".repeat(100_001)).build()));
        assertThrows(InvalidRequestException.class, () -> agents.update(v1.id(),
                AgentUpdate.builder().tools(List.of()).skills(List.of(Skill.anthropic("xlsx"))).build()));
        assertEquals(List.of(v1), agents.versions(v1.id()));
    }

    @Test
    void invalidCreateStoresNothing() {
        assertThrows(InvalidRequestException.class, () -> agents.create(coding()
                .multiagent(Multiagent.coordinator(RosterEntry.agent("agent_missing"))).build()));
        assertEquals(List.of(), agents.listIncludingArchived());
    }

    @Test
    void multiagentReferencesArePinnedToTheirLatestVersion() {
        Agent reviewer = agents.create(coding().name("Reviewer").build());
        agents.update(reviewer.id(), AgentUpdate.builder().system("Review carefully.").build());
        Agent lead = agents.create(coding().name("Lead")
                .multiagent(Multiagent.coordinator(RosterEntry.agent(reviewer.id()), RosterEntry.self())).build());
        assertEquals(Multiagent.coordinator(RosterEntry.agent(reviewer.id(), 2), RosterEntry.self()),
                lead.multiagent());
        Agent pinned = agents.create(coding().name("Pinned")
                .multiagent(Multiagent.coordinator(RosterEntry.agent(reviewer.id(), 1))).build());
        assertEquals(Multiagent.coordinator(RosterEntry.agent(reviewer.id(), 1)), pinned.multiagent());
    }

    @Test
    void multiagentReferencesMustExistBeActiveAndNotCoordinate() {
        Agent worker = agents.create(coding().name("Worker").build());
        Agent lead = agents.create(coding().name("Lead")
                .multiagent(Multiagent.coordinator(RosterEntry.agent(worker.id()))).build());

        assertMessage(InvalidRequestException.class, "does not exist", () -> agents.create(coding()
                .multiagent(Multiagent.coordinator(RosterEntry.agent("agent_missing"))).build()));
        assertMessage(InvalidRequestException.class, "has no version 7", () -> agents.create(coding()
                .multiagent(Multiagent.coordinator(RosterEntry.agent(worker.id(), 7))).build()));
        assertMessage(InvalidRequestException.class, "must not have multiagent", () -> agents.create(coding()
                .multiagent(Multiagent.coordinator(RosterEntry.agent(lead.id()))).build()));
        assertMessage(InvalidRequestException.class, "must not have multiagent", () -> agents.update(worker.id(),
                AgentUpdate.builder().multiagent(Multiagent.coordinator(RosterEntry.agent(lead.id()))).build()));
        assertMessage(InvalidRequestException.class, "is this agent", () -> agents.update(worker.id(),
                AgentUpdate.builder().multiagent(Multiagent.coordinator(RosterEntry.agent(worker.id()))).build()));

        Agent spare = agents.create(coding().name("Spare").build());
        agents.archive(spare.id());
        assertMessage(InvalidRequestException.class, "archived", () -> agents.create(coding()
                .multiagent(Multiagent.coordinator(RosterEntry.agent(spare.id()))).build()));
        assertMessage(InvalidRequestException.class, "archived", () -> agents.update(lead.id(),
                AgentUpdate.builder().multiagent(Multiagent.coordinator(RosterEntry.agent(spare.id()))).build()));
        assertEquals(1, agents.retrieve(lead.id()).version());
    }

    @Test
    void updatesNotTouchingTheRosterKeepItsPins() {
        Agent worker = agents.create(coding().name("Worker").build());
        Agent lead = agents.create(coding().name("Lead")
                .multiagent(Multiagent.coordinator(RosterEntry.agent(worker.id()))).build());
        agents.archive(worker.id());
        Agent v2 = agents.update(lead.id(), AgentUpdate.builder().description("still leads").build());
        assertEquals(lead.multiagent(), v2.multiagent());
        Agent v3 = agents.update(lead.id(), AgentUpdate.builder().multiagent(null).build());
        assertNull(v3.multiagent());
    }

    @Test
    void concurrentUpdatesNeverLoseAVersion() throws Exception {
        Agent agent = agents.create(coding().build());
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                List<Long> seen = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    seen.add(agents.update(agent.id(),
                            AgentUpdate.builder().metadata("t" + thread, Integer.toString(i)).build()).version());
                }
                return seen;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        all.sort(null);
        List<Long> expected = new ArrayList<>();
        for (long v = 2; v <= 1 + threads * perThread; v++) {
            expected.add(v);
        }
        assertEquals(expected, all);
        List<Agent> versions = agents.versions(agent.id());
        assertEquals(1 + threads * perThread, versions.size());
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i).version());
        }
    }

    private static <T extends Throwable> void assertMessage(Class<T> type, String part,
            org.junit.jupiter.api.function.Executable call) {
        T e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}

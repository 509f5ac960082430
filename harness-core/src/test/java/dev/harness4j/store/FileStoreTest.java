package dev.harness4j.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentSpec;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.AgentUpdate;
import dev.harness4j.agent.Agents;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.environment.Environments;
import dev.harness4j.id.IdGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file layout of the directory store, its atomic writes and how it reports corrupt records. */
class FileStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-08T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static AgentSpec spec(String name) {
        return AgentSpec.builder().name(name).model("claude-sonnet-4-6").tool(AgentToolset.all()).build();
    }

    @Test
    void layoutIsOneJsonFilePerRecordAndVersion() throws IOException {
        try (Store store = Store.directory(dir)) {
            Agents agents = new Agents(store, CLOCK, IdGenerator.sequential());
            Agent agent = agents.create(spec("A"));
            agents.update(agent.id(), AgentUpdate.builder().system("two").build());
            agents.archive(agent.id());
            Environment env = new Environments(store, CLOCK, IdGenerator.sequential())
                    .create(EnvironmentSpec.inMemory("e"));
            assertTrue(Files.isRegularFile(dir.resolve("agents").resolve(agent.id()).resolve("v1.json")));
            assertTrue(Files.isRegularFile(dir.resolve("agents").resolve(agent.id()).resolve("v2.json")));
            assertTrue(Files.isRegularFile(dir.resolve("agents").resolve(agent.id()).resolve("archived.json")));
            assertTrue(Files.isRegularFile(dir.resolve("environments").resolve(env.id() + ".json")));
            String v1 = Files.readString(dir.resolve("agents").resolve(agent.id()).resolve("v1.json"));
            assertTrue(v1.contains("\"type\":\"agent\"") && v1.contains("\"archived_at\":null"), v1);
            try (Stream<Path> files = Files.walk(dir)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
            }
        }
    }

    @Test
    void reopenedStoreSeesTheSameRecords() {
        Agent agent;
        Environment env;
        try (Store store = Store.directory(dir)) {
            IdGenerator ids = IdGenerator.sequential();
            Agents agents = new Agents(store, CLOCK, ids);
            agent = agents.update(agents.create(spec("A")).id(), AgentUpdate.builder().description("d").build());
            env = new Environments(store, CLOCK, ids).create(EnvironmentSpec.inMemory("e"));
        }
        try (Store store = Store.directory(dir)) {
            Agents agents = new Agents(store, CLOCK, IdGenerator.sequential());
            assertEquals(agent, agents.retrieve(agent.id()));
            assertEquals(2, agents.versions(agent.id()).size());
            assertEquals(env, store.environments().get(env.id()).orElseThrow());
        }
    }

    @Test
    void aRestartedIdSequenceCannotOverwriteStoredResources() {
        try (Store store = Store.directory(dir)) {
            new Agents(store, CLOCK, IdGenerator.sequential()).create(spec("A"));
            new Environments(store, CLOCK, IdGenerator.sequential()).create(EnvironmentSpec.inMemory("e"));
        }
        try (Store store = Store.directory(dir)) {
            IdGenerator restarted = IdGenerator.sequential();
            assertThrows(ConflictException.class,
                    () -> new Agents(store, CLOCK, restarted).create(spec("B")));
            assertThrows(ConflictException.class,
                    () -> new Environments(store, CLOCK, IdGenerator.sequential())
                            .create(EnvironmentSpec.inMemory("f")));
            assertEquals("A", store.agents().list().get(0).name());
            assertEquals("e", store.environments().list().get(0).name());
        }
    }

    @Test
    void corruptFilesAreReportedWithTheirPath() throws IOException {
        Agent agent;
        try (Store store = Store.directory(dir)) {
            agent = new Agents(store, CLOCK, IdGenerator.sequential()).create(spec("A"));
        }
        Path v1 = dir.resolve("agents").resolve(agent.id()).resolve("v1.json");
        String json = Files.readString(v1);
        Files.writeString(v1, json.substring(0, json.length() / 2));
        try (Store store = Store.directory(dir)) {
            StoreCorruptedException e = assertThrows(StoreCorruptedException.class,
                    () -> store.agents().latest(agent.id()));
            assertEquals(v1, e.file());
            assertTrue(e.getMessage().contains(v1.toString()), e.getMessage());
            assertThrows(StoreCorruptedException.class, () -> store.agents().list());
        }
        Files.writeString(v1, json.replace("\"version\":1", "\"version\":2"));
        try (Store store = Store.directory(dir)) {
            StoreCorruptedException e = assertThrows(StoreCorruptedException.class,
                    () -> store.agents().version(agent.id(), 1));
            assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        }
        Path session = dir.resolve("sessions").resolve("sesn_1.json");
        Files.writeString(session, "{\"id\":\"sesn_1\",\"type\":\"session\"}");
        try (Store store = Store.directory(dir)) {
            StoreCorruptedException e = assertThrows(StoreCorruptedException.class,
                    () -> store.sessions().get("sesn_1"));
            assertTrue(e.getMessage().contains("sesn_1.json") && e.getMessage().contains("agent is required"),
                    e.getMessage());
        }
    }

    @Test
    void leftoverTemporaryFilesAreIgnored() throws IOException {
        Environment env;
        try (Store store = Store.directory(dir)) {
            env = new Environments(store, CLOCK, IdGenerator.sequential()).create(EnvironmentSpec.inMemory("e"));
        }
        Files.writeString(dir.resolve("environments").resolve("." + env.id() + ".json.123.tmp"), "{\"half");
        Files.createDirectories(dir.resolve("agents").resolve("agent_crashed"));
        Files.writeString(dir.resolve("agents").resolve("agent_crashed").resolve(".v1.json.9.tmp"), "{");
        try (Store store = Store.directory(dir)) {
            assertEquals(List.of(env), store.environments().list());
            assertEquals(List.of(), store.agents().list());
            assertEquals(Optional.empty(), store.agents().latest("agent_crashed"));
        }
    }

    @Test
    void idsThatAreNotFileNamesAreRefusedOrAbsent() {
        try (Store store = Store.directory(dir)) {
            assertEquals(Optional.empty(), store.environments().get("../../etc/passwd"));
            assertEquals(Optional.empty(), store.agents().latest("../x"));
            assertFalse(store.sessions().delete("a/b"));
            Instant t = Instant.parse("2026-04-08T12:00:00Z");
            Environment bad = new Environment("../escape", "n", null,
                    dev.harness4j.environment.EnvironmentConfig.inMemory(), null, null, t, t, null);
            assertThrows(InvalidRequestException.class, () -> store.environments().save(bad));
        }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> Store.directory(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}

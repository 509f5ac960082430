package dev.harness4j.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.ConflictException;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.NotFoundException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {
    private static final Instant T0 = Instant.parse("2026-04-08T12:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-08T13:00:00Z");

    private final Store store = Store.inMemory();
    private final IdGenerator ids = IdGenerator.sequential();
    private final Environments environments = new Environments(store, Clock.fixed(T0, ZoneOffset.UTC), ids);
    private final Environments later = new Environments(store, Clock.fixed(T1, ZoneOffset.UTC), ids);

    @Test
    void createRetrieveList() {
        Environment env = environments.create(EnvironmentSpec.inMemory("dev-env"));
        assertEquals("env_000001", env.id());
        assertEquals("dev-env", env.name());
        assertEquals(new EnvironmentConfig.InMemory(Networking.NONE, null, null), env.config());
        assertEquals(T0, env.createdAt());
        assertEquals(env, environments.retrieve(env.id()));
        Environment host = environments.create(EnvironmentSpec.hostDirectory("host", Path.of("/srv/work")));
        assertEquals(List.of(env, host), environments.list());
        assertThrows(NotFoundException.class, () -> environments.retrieve("env_nope"));
    }

    @Test
    void namesAreUniqueAmongUnarchived() {
        Environment first = environments.create(EnvironmentSpec.inMemory("dev-env"));
        ConflictException e = assertThrows(ConflictException.class,
                () -> environments.create(EnvironmentSpec.inMemory("dev-env")));
        assertTrue(e.getMessage().contains("dev-env") && e.getMessage().contains(first.id()), e.getMessage());
        assertEquals(1, environments.listIncludingArchived().size());
        environments.archive(first.id());
        Environment second = environments.create(EnvironmentSpec.inMemory("dev-env"));
        assertEquals(List.of(second), environments.list());
        assertEquals(2, environments.listIncludingArchived().size());
    }

    @Test
    void updateChangesConfigForLaterSessionsAndPatchesMetadata() {
        Environment env = environments.create(EnvironmentSpec.builder().name("e").description("d")
                .metadata("a", "1").metadata("b", "2").build());
        Environment updated = later.update(env.id(), EnvironmentUpdate.builder()
                .config(new EnvironmentConfig.InMemory(Networking.limited(List.of("api.example.com")), 1024L, true))
                .metadata("a", null).metadata("c", "3").description(null).build());
        assertEquals(Networking.limited(List.of("api.example.com")), updated.config().networking());
        assertEquals(Map.of("b", "2", "c", "3"), updated.metadata());
        assertNull(updated.description());
        assertEquals(T0, updated.createdAt());
        assertEquals(T1, updated.updatedAt());
        assertEquals(updated, environments.retrieve(env.id()));
        assertEquals(updated, later.update(env.id(), EnvironmentUpdate.builder().build()));
    }

    @Test
    void updateRefusesTypeChangesDuplicateNamesAndArchived() {
        Environment a = environments.create(EnvironmentSpec.inMemory("a"));
        environments.create(EnvironmentSpec.inMemory("b"));
        InvalidRequestException type = assertThrows(InvalidRequestException.class, () -> environments.update(a.id(),
                EnvironmentUpdate.builder().config(EnvironmentConfig.hostDirectory(Path.of("/tmp/x"))).build()));
        assertTrue(type.getMessage().contains("config.type cannot change"), type.getMessage());
        assertThrows(ConflictException.class,
                () -> environments.update(a.id(), EnvironmentUpdate.builder().name("b").build()));
        environments.archive(a.id());
        ConflictException archived = assertThrows(ConflictException.class,
                () -> environments.update(a.id(), EnvironmentUpdate.builder().name("c").build()));
        assertTrue(archived.getMessage().contains("archived"), archived.getMessage());
        assertEquals("a", environments.retrieve(a.id()).name());
    }

    @Test
    void archiveAndDelete() {
        Environment env = environments.create(EnvironmentSpec.inMemory("e"));
        Environment archived = later.archive(env.id());
        assertEquals(T1, archived.archivedAt());
        assertEquals(archived, environments.archive(env.id()));
        assertEquals(List.of(), environments.list());
        environments.delete(env.id());
        assertThrows(NotFoundException.class, () -> environments.retrieve(env.id()));
        assertThrows(NotFoundException.class, () -> environments.delete(env.id()));
    }
}

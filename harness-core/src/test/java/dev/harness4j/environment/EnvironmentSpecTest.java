package dev.harness4j.environment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Environment create parameters: defaults, JSON and YAML templates, the hosted cloud config, limits. */
class EnvironmentSpecTest {

    @Test
    void defaultIsInMemoryWithoutNetwork() {
        EnvironmentSpec spec = EnvironmentSpec.fromJson("{\"name\":\"dev-env\"}");
        assertEquals(EnvironmentSpec.inMemory("dev-env"), spec);
        assertEquals(Networking.NONE, spec.config().networking());
    }

    @Test
    void hostedCloudConfigBecomesInMemory() {
        EnvironmentSpec spec = EnvironmentSpec.fromJson("""
                {"name":"python-dev","config":{"type":"cloud","networking":{"type":"unrestricted"},
                 "packages":{"pip":["pandas"]}}}""");
        assertEquals(new EnvironmentConfig.InMemory(Networking.UNRESTRICTED, null, null), spec.config());
        EnvironmentSpec bare = EnvironmentSpec.fromJson("{\"name\":\"n\",\"config\":{\"type\":\"cloud\"}}");
        assertEquals(Networking.NONE, bare.config().networking());
    }

    @Test
    void yamlTemplateWithEveryFeature() {
        EnvironmentSpec spec = EnvironmentSpec.fromYaml("""
                name: build
                description: Builds things
                config:
                  type: host_directory
                  path: /srv/build
                  networking:
                    type: limited
                    allowed_hosts: [repo.maven.apache.org]
                    allow_package_managers: true
                metadata:
                  team: core
                seed_files:
                  - path: README.md
                    content: hello
                  - path: /workspace/bin/blob
                    content_base64: AAEC
                """);
        assertEquals(new EnvironmentConfig.HostDirectory("/srv/build",
                new Networking.Limited(List.of("repo.maven.apache.org"), true, false)), spec.config());
        assertEquals(Path.of("/srv/build"), ((EnvironmentConfig.HostDirectory) spec.config()).directory());
        assertEquals(Map.of("team", "core"), spec.metadata());
        assertEquals(List.of(SeedFile.text("README.md", "hello"), SeedFile.bytes("/workspace/bin/blob",
                new byte[] {0, 1, 2})), spec.seedFiles());
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), spec.seedFiles().get(0).data());
    }

    @Test
    void environmentJsonShape() throws Exception {
        Instant t = Instant.parse("2026-04-08T12:00:00Z");
        Environment env = new Environment("env_1", "dev", null, EnvironmentConfig.inMemory(), Map.of(), List.of(),
                t, t, null);
        String json = Json.mapper().writeValueAsString(env);
        assertEquals(Json.mapper().readTree("""
                {"id":"env_1","type":"environment","name":"dev","description":null,
                 "config":{"type":"in_memory","networking":{"type":"none"}},"metadata":{},"seed_files":[],
                 "created_at":"2026-04-08T12:00:00.000Z","updated_at":"2026-04-08T12:00:00.000Z","archived_at":null}"""),
                Json.mapper().readTree(json));
        assertEquals(env, Json.mapper().readValue(json, Environment.class));
        JsonNode limited = Json.mapper().valueToTree(Networking.limited(List.of("a.example.com")));
        assertEquals(Json.mapper().readTree("""
                {"type":"limited","allowed_hosts":["a.example.com"],"allow_package_managers":false,
                 "allow_mcp_servers":false}"""), limited);
    }

    @Test
    void limitsAndBadInputNameTheField() {
        refused("name is required", () -> EnvironmentSpec.fromJson("{}"));
        refused("name must have at most 256", () -> EnvironmentSpec.inMemory("n".repeat(257)));
        refused("description must have at most 2048",
                () -> EnvironmentSpec.builder().name("n").description("d".repeat(2049)).build());
        refused("metadata: at most 16", () -> {
            EnvironmentSpec.Builder b = EnvironmentSpec.builder().name("n");
            for (int i = 0; i < 17; i++) {
                b.metadata("k" + i, "v");
            }
            return b.build();
        });
        refused("unknown type 'self_hosted'",
                () -> EnvironmentSpec.fromJson("{\"name\":\"n\",\"config\":{\"type\":\"self_hosted\"}}"));
        refused("config.path must be absolute", () -> EnvironmentSpec.fromJson(
                "{\"name\":\"n\",\"config\":{\"type\":\"host_directory\",\"path\":\"rel/dir\"}}"));
        refused("unknown field 'scope'", () -> EnvironmentSpec.fromJson("{\"name\":\"n\",\"scope\":\"organization\"}"));
        refused("not a host name", () -> Networking.limited(List.of("https://a.example.com/x")));
        refused("max_size_bytes must be positive", () -> new EnvironmentConfig.InMemory(null, 0L, null));
        refused("must not contain '..'", () -> SeedFile.text("../etc/passwd", "x"));
        refused("exactly one of content, content_base64", () -> new SeedFile("a", "x", "eA=="));
        refused("not valid base64", () -> new SeedFile("a", null, "***"));
        refused("given twice", () -> EnvironmentSpec.builder().name("n").seedFile("a", "1").seedFile("a", "2")
                .build());
        List<SeedFile> many = new ArrayList<>();
        for (int i = 0; i <= EnvironmentSpec.MAX_SEED_FILES; i++) {
            many.add(SeedFile.text("f" + i, ""));
        }
        refused("seed_files: at most 1000", () -> new EnvironmentSpec("n", null, null, null, many));
        refused("bytes in all", () -> EnvironmentSpec.builder().name("n")
                .seedFile(SeedFile.bytes("big", new byte[(int) EnvironmentSpec.MAX_SEED_BYTES + 1])).build());
    }

    @Test
    void updateFromJson() {
        Instant t = Instant.parse("2026-04-08T12:00:00Z");
        Environment env = new Environment("env_1", "dev", "d", EnvironmentConfig.inMemory(), Map.of("a", "1"),
                List.of(SeedFile.text("x", "y")), t, t, null);
        Environment next = EnvironmentUpdate.fromJson("""
                {"description":null,"config":{"type":"cloud","networking":{"type":"unrestricted"}},
                 "metadata":{"a":null,"b":"2"},"seed_files":null}""").applyTo(env);
        assertEquals(new Environment("env_1", "dev", null, new EnvironmentConfig.InMemory(Networking.UNRESTRICTED,
                null, null), Map.of("b", "2"), List.of(), t, t, null), next);
        refused("unknown field 'packages'", () -> EnvironmentUpdate.fromJson("{\"packages\":{}}"));
        refused("name cannot be cleared", () -> EnvironmentUpdate.fromJson("{\"name\":null}"));
    }

    private static void refused(String part, Supplier<?> call) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, call::get);
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
    }
}

package dev.harness4j.test.store;

import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.CustomTool;
import dev.harness4j.agent.McpServer;
import dev.harness4j.agent.McpToolset;
import dev.harness4j.agent.ModelConfig;
import dev.harness4j.agent.Multiagent;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.agent.RosterEntry;
import dev.harness4j.agent.Skill;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentConfig;
import dev.harness4j.environment.Networking;
import dev.harness4j.environment.SeedFile;
import dev.harness4j.session.SessionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records for the conformance suite, using every field and a nanosecond timestamp so round trips are exact. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2026-04-08T12:00:00.123456789Z");

    private StoreFixtures() {
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A small agent at {@code version}, created at {@code created}. */
    static Agent agent(String id, long version, Instant created) {
        return new Agent(id, "Agent " + id, null, ModelConfig.of("claude-sonnet-4-6"), "v" + version,
                List.of(AgentToolset.all().resolved()), List.of(), List.of(), null, Map.of(), version, created,
                created.plusSeconds(version), null);
    }

    /** An agent with every kind of field set. */
    static Agent richAgent(String id) {
        return new Agent(id, "Rich", "Uses everything", new ModelConfig("claude-opus-4-6", ModelConfig.FAST),
                "System prompt with unicode: \u00e9\u00e8 \u2713",
                List.of(AgentToolset.none().enable("read", "bash").policy("bash", PermissionPolicy.ALWAYS_ASK)
                                .resolved(),
                        McpToolset.of("github").defaultPolicy(PermissionPolicy.ALWAYS_ALLOW).resolved(),
                        CustomTool.of("get_weather", "Weather", Map.of("type", "object", "properties",
                                Map.of("city", Map.of("type", "string")), "required", List.of("city")))),
                List.of(McpServer.url("github", "https://api.githubcopilot.com/mcp/")),
                List.of(Skill.anthropic("xlsx"), Skill.custom("skill_01", "3")),
                Multiagent.coordinator(RosterEntry.agent("agent_other", 2), RosterEntry.self()),
                Map.of("team", "core", "tier", "gold"), 1, T0, T0, null);
    }

    static Environment environment(String id, String name, Instant created) {
        return new Environment(id, name, null, EnvironmentConfig.inMemory(), Map.of(), List.of(), created, created,
                null);
    }

    static Environment richEnvironment(String id) {
        return new Environment(id, "build", "Build box",
                new EnvironmentConfig.HostDirectory("/srv/build",
                        new Networking.Limited(List.of("repo.maven.apache.org"), true, false)),
                Map.of("team", "core"), List.of(SeedFile.text("README.md", "hello\n"),
                        SeedFile.bytes("bin/blob", new byte[] {0, 1, 2, (byte) 255})), T0, at(5), null);
    }

    static SessionRecord session(String id, Agent agent, Instant created) {
        return new SessionRecord(id, agent, "env_1", "Session " + id, Map.of("k", "v"), created, created, null);
    }
}

package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.id.IdGenerator;
import dev.harness4j.json.Json;
import dev.harness4j.store.Store;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agent templates as the hosted API's JSON (and YAML), and the agent object's JSON shape (§3.1). */
class AgentJsonTest {
    static final String QUICKSTART = """
            {"name":"Coding Assistant","model":"claude-sonnet-4-6","system":"You are a helpful coding \
            assistant.","tools":[{"type":"agent_toolset_20260401"}]}""";

    static final String QUICKSTART_YAML = """
            name: Coding Assistant
            model: claude-sonnet-4-6
            system: You are a helpful coding assistant.
            tools:
              - type: agent_toolset_20260401
            """;

    private static final AgentSpec EXPECTED = AgentSpec.builder().name("Coding Assistant").model("claude-sonnet-4-6")
            .system("You are a helpful coding assistant.").tool(AgentToolset.all()).build();

    private final Agents agents = new Agents(Store.inMemory(),
            Clock.fixed(Instant.parse("2026-04-08T12:00:00Z"), ZoneOffset.UTC), IdGenerator.sequential());

    @Test
    void quickstartLoadsFromJsonAndYamlUnchanged() {
        assertEquals(EXPECTED, AgentSpec.fromJson(QUICKSTART));
        assertEquals(EXPECTED, AgentSpec.fromYaml(QUICKSTART_YAML));
        assertEquals(EXPECTED,
                AgentSpec.fromJson(new ByteArrayInputStream(QUICKSTART.getBytes(StandardCharsets.UTF_8))));
        assertEquals(EXPECTED, AgentSpec.fromYaml(
                new ByteArrayInputStream(QUICKSTART_YAML.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void agentJsonHasTheReferenceShape() throws Exception {
        Agent agent = agents.create(AgentSpec.fromJson(QUICKSTART));
        String json = Json.mapper().writeValueAsString(agent);
        JsonNode expected = Json.mapper().readTree("""
                {"id":"agent_000001","type":"agent","name":"Coding Assistant","description":null,
                 "model":{"id":"claude-sonnet-4-6","speed":"standard"},
                 "system":"You are a helpful coding assistant.",
                 "tools":[{"type":"agent_toolset_20260401",
                           "default_config":{"enabled":true,"permission_policy":{"type":"always_allow"}},
                           "configs":[]}],
                 "mcp_servers":[],"skills":[],"multiagent":null,"metadata":{},"version":1,
                 "created_at":"2026-04-08T12:00:00.000Z","updated_at":"2026-04-08T12:00:00.000Z",
                 "archived_at":null}""");
        assertEquals(expected, Json.mapper().readTree(json));
        assertTrue(json.startsWith("{\"id\":\"agent_000001\",\"type\":\"agent\",\"name\""), json);
        assertEquals(agent, Json.mapper().readValue(json, Agent.class));
    }

    @Test
    void fullTemplateRoundTrips() throws Exception {
        String json = """
                {"name":"Researcher","description":"Finds things","model":{"id":"claude-opus-4-6","speed":"fast"},
                 "system":"Research.","tools":[
                   {"type":"agent_toolset_20260401","default_config":{"permission_policy":{"type":"always_ask"}},
                    "configs":[{"name":"read","permission_policy":{"type":"always_allow"}},
                               {"type":"web_search","name":"web_search","enabled":false}]},
                   {"type":"mcp_toolset","mcp_server_name":"github"},
                   {"type":"custom","name":"get_weather","description":"Weather",
                    "input_schema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}],
                 "mcp_servers":[{"type":"url","name":"github","url":"https://api.githubcopilot.com/mcp/"}],
                 "skills":[{"type":"anthropic","skill_id":"xlsx"},{"type":"custom","skill_id":"skill_01","version":"2"}],
                 "metadata":{"team":"research"}}""";
        Agent agent = agents.create(AgentSpec.fromYaml(json)); // JSON is YAML too
        assertEquals(new ModelConfig("claude-opus-4-6", "fast"), agent.model());
        AgentToolset toolset = agent.agentToolset().orElseThrow();
        assertEquals(ToolConfig.defaults(true, PermissionPolicy.ALWAYS_ASK), toolset.defaultConfig());
        assertEquals(List.of(ToolConfig.of("read", true, PermissionPolicy.ALWAYS_ALLOW),
                ToolConfig.of("web_search", false, PermissionPolicy.ALWAYS_ASK)), toolset.configs());
        McpToolset mcp = (McpToolset) agent.tools().get(1);
        assertEquals(ToolConfig.defaults(true, PermissionPolicy.ALWAYS_ASK), mcp.defaultConfig());
        CustomTool custom = (CustomTool) agent.tools().get(2);
        assertEquals(List.of("city"), custom.inputSchema().get("required"));
        assertEquals(List.of(Skill.anthropic("xlsx"), Skill.custom("skill_01", "2")), agent.skills());
        JsonNode tree = Json.mapper().valueToTree(agent);
        assertEquals("url", tree.at("/mcp_servers/0/type").asText());
        assertEquals("always_ask", tree.at("/tools/1/default_config/permission_policy/type").asText());
        assertEquals("latest", tree.at("/skills/0/version").asText());
        assertEquals(agent, Json.mapper().treeToValue(tree, Agent.class));
    }

    @Test
    void multiagentAndTheLegacyCallableAgentsAlias() throws Exception {
        Agent worker = agents.create(EXPECTED);
        AgentSpec spec = AgentSpec.fromJson("""
                {"name":"Lead","model":"claude-sonnet-4-6","multiagent":{"type":"coordinator","agents":[
                  "%s",{"type":"self"}]}}""".formatted(worker.id()));
        assertEquals(Multiagent.coordinator(RosterEntry.agent(worker.id()), RosterEntry.self()), spec.multiagent());
        AgentSpec legacy = AgentSpec.fromJson("""
                {"name":"Lead","model":"claude-sonnet-4-6","callable_agents":[{"type":"agent","id":"%s","version":1}]}
                """.formatted(worker.id()));
        assertEquals(Multiagent.coordinator(RosterEntry.agent(worker.id(), 1)), legacy.multiagent());
        Agent lead = agents.create(spec);
        JsonNode tree = Json.mapper().readTree(Json.mapper().writeValueAsString(lead));
        assertEquals(Json.mapper().readTree("""
                {"type":"coordinator","agents":[{"type":"agent","id":"%s","version":1},{"type":"self"}]}
                """.formatted(worker.id())), tree.get("multiagent"));
        assertEquals(lead, Json.mapper().treeToValue(tree, Agent.class));
        InvalidRequestException both = assertThrows(InvalidRequestException.class, () -> AgentSpec.fromJson("""
                {"name":"L","model":"m","multiagent":{"type":"coordinator","agents":["agent_1"]},
                 "callable_agents":["agent_2"]}"""));
        assertTrue(both.getMessage().contains("callable_agents"), both.getMessage());
    }

    @Test
    void badTemplatesNameTheProblem() {
        assertMessage("unknown field 'colour'", "{\"name\":\"a\",\"model\":\"m\",\"colour\":\"red\"}");
        assertMessage("name is required", "{\"model\":\"m\"}");
        assertMessage("model is required", "{\"name\":\"a\"}");
        assertMessage("unknown type 'bash_20250124'", "{\"name\":\"a\",\"model\":\"m\",\"tools\":[{\"type\":"
                + "\"bash_20250124\"}]}");
        assertMessage("tools[0]", "{\"name\":\"a\",\"model\":\"m\",\"tools\":[{\"type\":\"bash_20250124\"}]}");
        assertMessage("unknown tool 'python'", "{\"name\":\"a\",\"model\":\"m\",\"tools\":[{\"type\":"
                + "\"agent_toolset_20260401\",\"configs\":[{\"name\":\"python\"}]}]}");
        assertMessage("permission_policy: unknown type 'auto'", "{\"name\":\"a\",\"model\":\"m\",\"tools\":[{\"type\":"
                + "\"agent_toolset_20260401\",\"default_config\":{\"permission_policy\":{\"type\":\"auto\"}}}]}");
        assertMessage("unknown type 'multiagent_20261001'", "{\"name\":\"a\",\"model\":\"m\",\"multiagent\":{\"type\":"
                + "\"multiagent_20261001\"}}");
        assertMessage("unknown entry type 'advisor'", "{\"name\":\"a\",\"model\":\"m\",\"multiagent\":{\"type\":"
                + "\"coordinator\",\"agents\":[{\"type\":\"advisor\",\"model\":\"m\"}]}}");
        assertMessage("mcp_servers(x).type must be \"url\"",
                "{\"name\":\"a\",\"model\":\"m\",\"mcp_servers\":[{\"type\":"
                + "\"stdio\",\"name\":\"x\",\"url\":\"https://a.example.com\"}],\"tools\":[{\"type\":\"mcp_toolset\","
                + "\"mcp_server_name\":\"x\"}]}");
        assertMessage("model: unknown field 'effort'", "{\"name\":\"a\",\"model\":{\"id\":\"m\",\"effort\":\"high\"}}");
        assertMessage("expected a JSON object", "[1,2]");
        assertMessage("agent:", "{\"name\":");
        InvalidRequestException yaml = assertThrows(InvalidRequestException.class,
                () -> AgentSpec.fromYaml("name: a\nmodel: m\nsystem: " + "s".repeat(100_001) + "\n"));
        assertTrue(yaml.getMessage().contains("system must have at most 100000"), yaml.getMessage());
    }

    @Test
    void customToolSchemaIsDeepCopied() {
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("city", Map.of("type", "string"));
        Map<String, Object> schema = new java.util.HashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        CustomTool tool = CustomTool.of("w", "d", schema);
        props.put("country", Map.of("type", "string"));
        assertEquals(1, ((Map<?, ?>) tool.inputSchema().get("properties")).size());
    }

    private static void assertMessage(String part, String json) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AgentSpec.fromJson(json));
        assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
    }
}

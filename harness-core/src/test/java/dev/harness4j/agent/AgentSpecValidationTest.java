package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every documented limit of agent create parameters, at the boundary and one past it. */
class AgentSpecValidationTest {

    private static AgentSpec.Builder base() {
        return AgentSpec.builder().name("a").model("claude-sonnet-4-6");
    }

    private static void refused(String messagePart, UnaryOperator<AgentSpec.Builder> change) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> change.apply(base()).build());
        assertTrue(e.getMessage().contains(messagePart), "'" + e.getMessage() + "' should mention '" + messagePart
                + "'");
    }

    private static void accepted(UnaryOperator<AgentSpec.Builder> change) {
        assertDoesNotThrow(() -> change.apply(base()).build());
    }

    private static CustomTool custom(String name) {
        return CustomTool.of(name, "d", Map.of("type", "object"));
    }

    @Test
    void nameIsRequiredAndAtMost256() {
        refused("name is required", b -> b.name(null));
        refused("name must not be empty", b -> b.name(""));
        accepted(b -> b.name("n".repeat(256)));
        refused("name must have at most 256", b -> b.name("n".repeat(257)));
    }

    @Test
    void modelIsRequiredAndSpeedKnown() {
        refused("model is required", b -> b.model((ModelConfig) null));
        assertThrows(InvalidRequestException.class, () -> new ModelConfig("m", "warp"));
        assertThrows(InvalidRequestException.class, () -> ModelConfig.of(""));
    }

    @Test
    void descriptionAtMost2048AndSystemAtMost100000() {
        accepted(b -> b.description("d".repeat(2048)));
        refused("description must have at most 2048", b -> b.description("d".repeat(2049)));
        accepted(b -> b.system("s".repeat(100_000)));
        refused("system must have at most 100000", b -> b.system("s".repeat(100_001)));
        assertNull(base().description("").system("").build().description());
    }

    @Test
    void metadataLimits() {
        Map<String, String> sixteen = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            sixteen.put("k" + i, "v");
        }
        accepted(b -> b.metadata(sixteen));
        refused("metadata: at most 16 pairs", b -> b.metadata(sixteen).metadata("k16", "v"));
        accepted(b -> b.metadata("k".repeat(64), "v".repeat(512)));
        refused("longer than 64", b -> b.metadata("k".repeat(65), "v"));
        refused("longer than 512", b -> b.metadata("k", "v".repeat(513)));
        refused("must not be empty", b -> b.metadata("", "v"));
        refused("must not be null", b -> b.metadata("k", null));
    }

    @Test
    void atMost256ToolsAcrossToolsets() {
        List<ToolDefinition> tools = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            tools.add(custom("t" + i));
        }
        accepted(b -> b.tools(tools));
        List<ToolDefinition> tooMany = new ArrayList<>(tools);
        tooMany.add(custom("t256"));
        refused("tools: at most 256", b -> b.tools(tooMany));
        List<ToolDefinition> withToolset = new ArrayList<>(tools.subList(0, 249));
        withToolset.add(AgentToolset.all());
        refused("tools: at most 256", b -> b.tools(withToolset));
    }

    @Test
    void toolDefinitionsAreDistinct() {
        refused("at most one agent_toolset_20260401", b -> b.tool(AgentToolset.all(), AgentToolset.none()));
        refused("used twice", b -> b.tool(custom("x"), custom("x")));
        refused("clashes with the built-in", b -> b.tool(AgentToolset.all(), custom("bash")));
        accepted(b -> b.tool(custom("bash")));
    }

    @Test
    void customToolNames() {
        accepted(b -> b.tool(custom("a".repeat(128))));
        refused("1–128 characters", b -> b.tool(custom("a".repeat(129))));
        refused("1–128 characters", b -> b.tool(custom("has space")));
        refused("1–128 characters", b -> b.tool(custom("")));
        refused("input_schema is required", b -> b.tool(new CustomTool("x", "d", null)));
        refused("input_schema.type must be \"object\"", b -> b.tool(CustomTool.of("x", "d", Map.of("type", "array"))));
    }

    @Test
    void toolsetConfigsNameOnlyItsTools() {
        refused("unknown tool 'python'", b -> b.tool(new AgentToolset(null,
                List.of(ToolConfig.of("python", true, null)))));
        refused("configured twice", b -> b.tool(new AgentToolset(null,
                List.of(ToolConfig.of("bash", true, null), ToolConfig.of("bash", false, null)))));
        refused("must not have a name", b -> b.tool(new AgentToolset(ToolConfig.of("bash", true, null), null)));
    }

    @Test
    void mcpServersAtMost20UniqueAndEachReferenced() {
        List<McpServer> servers = new ArrayList<>();
        List<ToolDefinition> toolsets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            servers.add(McpServer.url("s" + i, "https://mcp" + i + ".example.com/mcp"));
            toolsets.add(McpToolset.of("s" + i));
        }
        accepted(b -> b.mcpServers(servers).tools(toolsets));
        List<McpServer> tooMany = new ArrayList<>(servers);
        tooMany.add(McpServer.url("s20", "https://x.example.com"));
        List<ToolDefinition> moreToolsets = new ArrayList<>(toolsets);
        moreToolsets.add(McpToolset.of("s20"));
        refused("mcp_servers: at most 20", b -> b.mcpServers(tooMany).tools(moreToolsets));
        refused("used twice", b -> b.mcpServer("gh", "https://a.example.com").mcpServer("gh", "https://b.example.com")
                .tool(McpToolset.of("gh")));
        refused("not referenced by any mcp_toolset", b -> b.mcpServer("gh", "https://a.example.com"));
        refused("not declared in mcp_servers", b -> b.tool(McpToolset.of("gh")));
        refused("declared twice", b -> b.mcpServer("gh", "https://a.example.com")
                .tool(McpToolset.of("gh"), McpToolset.of("gh")));
        refused("http or https", b -> b.mcpServer("gh", "ftp://a.example.com").tool(McpToolset.of("gh")));
        refused("mcp_servers.name must have at most 255", b -> b.mcpServer("n".repeat(256), "https://a.example.com"));
    }

    @Test
    void skillsAtMost20AndNeedTheReadTool() {
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            skills.add(Skill.custom("skill_" + i, "latest"));
        }
        accepted(b -> b.tool(AgentToolset.all()).skills(skills));
        List<Skill> tooMany = new ArrayList<>(skills);
        tooMany.add(Skill.anthropic("xlsx"));
        refused("skills: at most 20", b -> b.tool(AgentToolset.all()).skills(tooMany));
        refused("skills need the read tool", b -> b.skill(Skill.anthropic("xlsx")));
        refused("skills need the read tool", b -> b.tool(AgentToolset.all().disable("read"))
                .skill(Skill.anthropic("xlsx")));
        refused("listed twice", b -> b.tool(AgentToolset.all()).skill(Skill.anthropic("pdf"))
                .skill(Skill.anthropic("pdf")));
        assertEquals("latest", new Skill(Skill.Source.ANTHROPIC, "pdf", null).version());
    }

    @Test
    void multiagentRosterShape() {
        List<RosterEntry> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(RosterEntry.agent("agent_" + i));
        }
        accepted(b -> b.multiagent(Multiagent.coordinator(twenty)));
        List<RosterEntry> tooMany = new ArrayList<>(twenty);
        tooMany.add(RosterEntry.self());
        refused("multiagent.agents: at most 20", b -> b.multiagent(Multiagent.coordinator(tooMany)));
        refused("at least 1 entry", b -> b.multiagent(Multiagent.coordinator(List.of())));
        refused("at most one {\"type\":\"self\"}", b -> b.multiagent(
                Multiagent.coordinator(RosterEntry.self(), RosterEntry.self())));
        refused("listed twice", b -> b.multiagent(
                Multiagent.coordinator(RosterEntry.agent("agent_1"), RosterEntry.agent("agent_1", 2))));
        refused("version must be at least 1", b -> b.multiagent(
                Multiagent.coordinator(RosterEntry.agent("agent_1", 0))));
    }

    @Test
    void builderCopiesItsCollections() {
        AgentSpec.Builder builder = base().tool(AgentToolset.all()).metadata("k", "v");
        AgentSpec spec = builder.build();
        builder.tool(custom("later")).metadata("k2", "v2");
        assertEquals(1, spec.tools().size());
        assertEquals(Map.of("k", "v"), spec.metadata());
        assertThrows(UnsupportedOperationException.class, () -> spec.tools().add(custom("x")));
    }
}

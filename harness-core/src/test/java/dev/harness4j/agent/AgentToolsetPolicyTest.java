package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How toolset defaults and per-tool configs resolve into enabled flags and permission policies (§8.1, §8.2, §8.4). */
class AgentToolsetPolicyTest {

    private static EffectiveToolConfig allow(String name) {
        return new EffectiveToolConfig(name, true, PermissionPolicy.ALWAYS_ALLOW);
    }

    @Test
    void bareToolsetEnablesEveryToolWithAlwaysAllow() {
        AgentToolset toolset = AgentToolset.all();
        for (String name : AgentToolset.TOOL_NAMES) {
            assertEquals(allow(name), toolset.effectiveConfig(name));
        }
        assertEquals(8, toolset.effectiveConfigs().size());
        assertEquals(List.of("bash", "edit", "read", "write", "glob", "grep", "web_fetch", "web_search"),
                AgentToolset.TOOL_NAMES);
    }

    @Test
    void configsOverrideTheDefaultFieldByField() {
        AgentToolset toolset = AgentToolset.all().defaultPolicy(PermissionPolicy.ALWAYS_ASK)
                .policy("read", PermissionPolicy.ALWAYS_ALLOW).disable("bash");
        assertEquals(new EffectiveToolConfig("write", true, PermissionPolicy.ALWAYS_ASK),
                toolset.effectiveConfig("write"));
        assertEquals(allow("read"), toolset.effectiveConfig("read"));
        assertEquals(new EffectiveToolConfig("bash", false, PermissionPolicy.ALWAYS_ASK),
                toolset.effectiveConfig("bash"));
    }

    @Test
    void defaultOffWithAnAllowlist() {
        AgentToolset toolset = AgentToolset.none().enable("read", "grep");
        assertEquals(allow("read"), toolset.effectiveConfig("read"));
        assertEquals(allow("grep"), toolset.effectiveConfig("grep"));
        assertEquals(new EffectiveToolConfig("bash", false, PermissionPolicy.ALWAYS_ALLOW),
                toolset.effectiveConfig("bash"));
    }

    @Test
    void resolvedFormFillsEveryField() {
        AgentToolset resolved = AgentToolset.none().enable("read").policy("bash", PermissionPolicy.ALWAYS_ASK)
                .resolved();
        assertEquals(ToolConfig.defaults(false, PermissionPolicy.ALWAYS_ALLOW), resolved.defaultConfig());
        assertEquals(List.of(ToolConfig.of("read", true, PermissionPolicy.ALWAYS_ALLOW),
                ToolConfig.of("bash", false, PermissionPolicy.ALWAYS_ASK)), resolved.configs());
        assertEquals(resolved, resolved.resolved());
        for (String name : AgentToolset.TOOL_NAMES) {
            assertEquals(AgentToolset.none().enable("read").policy("bash", PermissionPolicy.ALWAYS_ASK)
                    .effectiveConfig(name), resolved.effectiveConfig(name));
        }
    }

    @Test
    void mcpToolsetsDefaultToAlwaysAsk() {
        McpToolset github = McpToolset.of("github");
        assertEquals(new EffectiveToolConfig("create_issue", true, PermissionPolicy.ALWAYS_ASK),
                github.effectiveConfig("create_issue"));
        McpToolset trusted = github.defaultPolicy(PermissionPolicy.ALWAYS_ALLOW)
                .with(ToolConfig.of("delete_repo", false, null));
        assertEquals(new EffectiveToolConfig("create_issue", true, PermissionPolicy.ALWAYS_ALLOW),
                trusted.effectiveConfig("create_issue"));
        assertEquals(new EffectiveToolConfig("delete_repo", false, PermissionPolicy.ALWAYS_ALLOW),
                trusted.effectiveConfig("delete_repo"));
        assertEquals(ToolConfig.defaults(true, PermissionPolicy.ALWAYS_ASK), github.resolved().defaultConfig());
    }

    @Test
    void unknownToolNamesAreRefused() {
        assertThrows(InvalidRequestException.class, () -> AgentToolset.all().effectiveConfig("python"));
        assertThrows(InvalidRequestException.class, () -> AgentToolset.all().enable("python"));
    }

    @Test
    void policyJson() throws Exception {
        assertEquals("{\"type\":\"always_allow\"}", Json.mapper().writeValueAsString(PermissionPolicy.ALWAYS_ALLOW));
        assertEquals(PermissionPolicy.ALWAYS_ASK,
                Json.mapper().readValue("{\"type\":\"always_ask\"}", PermissionPolicy.class));
        JsonNode tree = Json.mapper().valueToTree(AgentToolset.all().resolved());
        assertEquals(Json.mapper().readTree("""
                {"type":"agent_toolset_20260401",
                 "default_config":{"enabled":true,"permission_policy":{"type":"always_allow"}},"configs":[]}"""),
                Json.mapper().valueToTree((ToolDefinition) AgentToolset.all().resolved()));
        assertEquals(true, tree.at("/default_config/enabled").asBoolean());
    }
}

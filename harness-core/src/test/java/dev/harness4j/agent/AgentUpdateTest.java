package dev.harness4j.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Update semantics of §3.3: omit keeps, null or [] clears, name and model stay, metadata patches. */
class AgentUpdateTest {
    private static final AgentSpec CURRENT = AgentSpec.builder().name("A").model("claude-sonnet-4-6")
            .description("desc").system("sys").tool(AgentToolset.all(), McpToolset.of("gh"))
            .mcpServer("gh", "https://gh.example.com/mcp").skill(Skill.anthropic("pdf"))
            .multiagent(Multiagent.coordinator(RosterEntry.self())).metadata("keep", "1").metadata("drop", "2")
            .build();

    @Test
    void emptyUpdateKeepsEverything() {
        assertEquals(CURRENT, AgentUpdate.builder().build().applyTo(CURRENT));
        assertEquals(CURRENT, AgentUpdate.fromJson("{}").applyTo(CURRENT));
    }

    @Test
    void nullClearsTheClearableFields() {
        AgentUpdate update = AgentUpdate.fromJson("""
                {"description":null,"system":"","tools":[],"mcp_servers":null,"skills":[],"multiagent":null}""");
        AgentSpec next = update.applyTo(CURRENT);
        assertNull(next.description());
        assertNull(next.system());
        assertEquals(List.of(), next.tools());
        assertEquals(List.of(), next.mcpServers());
        assertEquals(List.of(), next.skills());
        assertNull(next.multiagent());
        assertEquals("A", next.name());
        AgentSpec viaBuilder = AgentUpdate.builder().description(null).system("").tools(null).mcpServers(List.of())
                .skills(null).multiagent(null).build().applyTo(CURRENT);
        assertEquals(next, viaBuilder);
    }

    @Test
    void nameAndModelCannotBeCleared() {
        assertTrue(assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson("{\"name\":null}"))
                .getMessage().contains("name cannot be cleared"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson("{\"model\":null}"))
                .getMessage().contains("model cannot be cleared"));
        assertThrows(InvalidRequestException.class,
                () -> AgentUpdate.fromJson("{\"name\":\"\"}").applyTo(CURRENT));
    }

    @Test
    void modelIsReplacedWhole() {
        AgentSpec next = AgentUpdate.fromJson("{\"model\":{\"id\":\"claude-opus-4-6\",\"speed\":\"fast\"}}")
                .applyTo(CURRENT);
        assertEquals(new ModelConfig("claude-opus-4-6", "fast"), next.model());
        assertEquals(ModelConfig.of("claude-haiku-4-5"),
                AgentUpdate.fromJson("{\"model\":\"claude-haiku-4-5\"}").applyTo(next).model());
    }

    @Test
    void metadataIsAPatch() {
        AgentSpec next = AgentUpdate.fromJson("{\"metadata\":{\"drop\":null,\"new\":\"3\",\"keep\":\"1b\"}}")
                .applyTo(CURRENT);
        assertEquals(Map.of("keep", "1b", "new", "3"), next.metadata());
        AgentSpec.Builder full = CURRENT.toBuilder();
        for (int i = 0; i < 14; i++) {
            full.metadata("m" + i, "v");
        }
        AgentSpec sixteen = full.build();
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> AgentUpdate.builder().metadata("seventeenth", "v").build().applyTo(sixteen));
        assertTrue(e.getMessage().contains("at most 16"), e.getMessage());
    }

    @Test
    void versionAndLegacyAlias() {
        AgentUpdate update = AgentUpdate.fromJson("{\"version\":3,\"callable_agents\":[\"agent_9\"]}");
        assertEquals(OptionalLong.of(3), update.expectedVersion());
        assertEquals(Multiagent.coordinator(RosterEntry.agent("agent_9")), update.applyTo(CURRENT).multiagent());
        assertEquals(OptionalLong.empty(), AgentUpdate.builder().build().expectedVersion());
    }

    @Test
    void badUpdatesNameTheField() {
        assertTrue(assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson("{\"colour\":1}"))
                .getMessage().contains("unknown field 'colour'"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson("{\"system\":5}"))
                .getMessage().contains("system must be a string"));
        assertTrue(assertThrows(InvalidRequestException.class, () -> AgentUpdate.fromJson("{\"metadata\":{\"k\":1}}"))
                .getMessage().contains("metadata.k"));
        assertTrue(assertThrows(InvalidRequestException.class,
                () -> AgentUpdate.fromJson("{\"tools\":[{\"type\":\"nope\"}]}")).getMessage()
                .contains("unknown type 'nope'"));
        assertTrue(assertThrows(InvalidRequestException.class,
                () -> AgentUpdate.fromJson("{\"tools\":[]}").applyTo(CURRENT)).getMessage()
                .contains("not referenced by any mcp_toolset"));
    }
}

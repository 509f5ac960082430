package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One entry of an agent's {@code tools}: the built-in toolset, a custom (client-executed) tool, or the tools of an MCP
 * server. Create parameters may leave defaults out; {@link #resolved()} gives the form an {@link Agent} stores.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AgentToolset.class, name = AgentToolset.TYPE),
    @JsonSubTypes.Type(value = CustomTool.class, name = CustomTool.TYPE),
    @JsonSubTypes.Type(value = McpToolset.class, name = McpToolset.TYPE)
})
public sealed interface ToolDefinition permits AgentToolset, CustomTool, McpToolset {

    /** The wire type, e.g. {@code agent_toolset_20260401}. */
    String type();

    /** This definition with every default filled in (enabled flags and permission policies). */
    ToolDefinition resolved();

    /** How many tools this entry counts for against the limit of 256 per agent. */
    int toolCount();

    /** The built-in toolset with every tool enabled and {@code always_allow}. */
    static AgentToolset agentToolset() {
        return AgentToolset.all();
    }
}

package dev.harness4j.agent;

import dev.harness4j.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cross-field rules of an agent's configuration (§3.2, §8, §15.2), shared by create and update. */
final class AgentRules {
    static final int MAX_NAME = 256;
    static final int MAX_DESCRIPTION = 2048;
    static final int MAX_SYSTEM = 100_000;
    static final int MAX_TOOLS = 256;
    static final int MAX_MCP_SERVERS = 20;
    static final int MAX_SKILLS = 20;

    private AgentRules() {
    }

    /** Checks tools, MCP servers and skills together. */
    static void checkTools(List<ToolDefinition> tools, List<McpServer> mcpServers, List<Skill> skills) {
        int count = 0;
        AgentToolset toolset = null;
        Set<String> customNames = new HashSet<>();
        Set<String> toolsetServers = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            ToolDefinition t = tools.get(i);
            count += t.toolCount();
            if (t instanceof AgentToolset a) {
                if (toolset != null) {
                    throw new InvalidRequestException("tools[" + i + "]: at most one " + AgentToolset.TYPE
                            + " entry allowed");
                }
                toolset = a;
            } else if (t instanceof CustomTool c) {
                if (!customNames.add(c.name())) {
                    throw new InvalidRequestException("tools[" + i + "]: custom tool name '" + c.name()
                            + "' is used twice");
                }
            } else if (t instanceof McpToolset m && !toolsetServers.add(m.mcpServerName())) {
                throw new InvalidRequestException("tools[" + i + "]: mcp_toolset for server '" + m.mcpServerName()
                        + "' is declared twice");
            }
        }
        if (count > MAX_TOOLS) {
            throw new InvalidRequestException("tools: at most " + MAX_TOOLS + " tools allowed across toolsets, got "
                    + count + " (the agent toolset counts " + AgentToolset.TOOL_NAMES.size() + ")");
        }
        if (toolset != null) {
            for (String name : customNames) {
                if (AgentToolset.TOOL_NAMES.contains(name)) {
                    throw new InvalidRequestException("tools: custom tool '" + name
                            + "' clashes with the built-in tool of the same name");
                }
            }
        }
        checkMcpServers(mcpServers, toolsetServers);
        checkSkills(skills, toolset);
    }

    private static void checkMcpServers(List<McpServer> servers, Set<String> toolsetServers) {
        if (servers.size() > MAX_MCP_SERVERS) {
            throw new InvalidRequestException("mcp_servers: at most " + MAX_MCP_SERVERS + " servers allowed, got "
                    + servers.size());
        }
        Set<String> names = new HashSet<>();
        for (McpServer s : servers) {
            if (!names.add(s.name())) {
                throw new InvalidRequestException("mcp_servers: server name '" + s.name() + "' is used twice; names "
                        + "must be unique");
            }
            if (!toolsetServers.contains(s.name())) {
                throw new InvalidRequestException("mcp_servers: server '" + s.name()
                        + "' is not referenced by any mcp_toolset in tools");
            }
        }
        for (String referenced : toolsetServers) {
            if (!names.contains(referenced)) {
                throw new InvalidRequestException("tools: mcp_toolset names server '" + referenced
                        + "', which is not declared in mcp_servers");
            }
        }
    }

    private static void checkSkills(List<Skill> skills, AgentToolset toolset) {
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidRequestException("skills: at most " + MAX_SKILLS + " skills allowed, got "
                    + skills.size());
        }
        Set<String> ids = new HashSet<>();
        for (Skill s : skills) {
            if (!ids.add(s.type() + ":" + s.skillId())) {
                throw new InvalidRequestException("skills: skill '" + s.skillId() + "' is listed twice");
            }
        }
        if (!skills.isEmpty() && (toolset == null || !toolset.effectiveConfig("read").enabled())) {
            throw new InvalidRequestException("skills: skills need the read tool; add " + AgentToolset.TYPE
                    + " with read enabled to tools");
        }
    }
}

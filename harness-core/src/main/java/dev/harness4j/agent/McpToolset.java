package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tools of one MCP server ({@code mcp_toolset}), named by {@code mcp_server_name}. Unless configured otherwise
 * every tool of the server is enabled with {@code always_ask}, so new server tools never run unconfirmed.
 */
@JsonPropertyOrder({"mcp_server_name", "default_config", "configs"})
public record McpToolset(String mcpServerName, ToolConfig defaultConfig, List<ToolConfig> configs)
        implements ToolDefinition {

    /** The wire type. */
    public static final String TYPE = "mcp_toolset";

    private static final ToolConfig MCP_DEFAULT = new ToolConfig(null, true, PermissionPolicy.ALWAYS_ASK);

    /** Validates the server name (1–255 characters) and the configs (names 1–128 characters, each at most once). */
    public McpToolset {
        Check.text(mcpServerName, TYPE + ".mcp_server_name", 1, McpServer.MAX_NAME_LENGTH);
        if (defaultConfig != null && defaultConfig.name() != null) {
            throw new InvalidRequestException(TYPE + ".default_config must not have a name");
        }
        configs = Check.list(configs, TYPE + ".configs");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < configs.size(); i++) {
            String field = TYPE + ".configs[" + i + "].name";
            String name = Check.text(configs.get(i).name(), field, 1, 128);
            if (!seen.add(name)) {
                throw new InvalidRequestException(field + ": tool '" + name + "' is configured twice");
            }
        }
    }

    /** Every tool of the server enabled with {@code always_ask}. */
    public static McpToolset of(String mcpServerName) {
        return new McpToolset(mcpServerName, null, List.of());
    }

    /** This toolset with another default policy for tools not configured individually. */
    public McpToolset defaultPolicy(PermissionPolicy policy) {
        ToolConfig d = defaultConfig == null ? ToolConfig.defaults(null, policy)
                : ToolConfig.defaults(defaultConfig.enabled(), policy);
        return new McpToolset(mcpServerName, d, configs);
    }

    /** This toolset with {@code config} replacing any config of the same tool. */
    public McpToolset with(ToolConfig config) {
        List<ToolConfig> copy = new ArrayList<>(configs);
        copy.removeIf(c -> c.name().equals(config.name()));
        copy.add(config);
        return new McpToolset(mcpServerName, defaultConfig, copy);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public McpToolset resolved() {
        ToolConfig d = resolvedDefault();
        List<ToolConfig> filled = new ArrayList<>(configs.size());
        for (ToolConfig c : configs) {
            filled.add(c.inheriting(d));
        }
        return new McpToolset(mcpServerName, d, filled);
    }

    /** Counts as one entry: the server's tools are known only once it is connected. */
    @Override
    public int toolCount() {
        return 1;
    }

    /** Whether the server's tool {@code toolName} is enabled and which policy gates it. */
    public EffectiveToolConfig effectiveConfig(String toolName) {
        ToolConfig d = resolvedDefault();
        for (ToolConfig c : configs) {
            if (c.name().equals(toolName)) {
                ToolConfig e = c.inheriting(d);
                return new EffectiveToolConfig(toolName, e.enabled(), e.permissionPolicy());
            }
        }
        return new EffectiveToolConfig(toolName, d.enabled(), d.permissionPolicy());
    }

    private ToolConfig resolvedDefault() {
        return defaultConfig == null ? MCP_DEFAULT : defaultConfig.inheriting(MCP_DEFAULT);
    }
}

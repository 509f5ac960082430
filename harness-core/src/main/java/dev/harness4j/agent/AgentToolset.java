package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in toolset {@code agent_toolset_20260401}: bash, edit, read, write, glob, grep, web_fetch, web_search.
 * Without a {@code default_config} every tool is enabled with {@code always_allow}; {@code configs} override the
 * default per tool. A config naming any other tool is refused.
 */
@JsonPropertyOrder({"default_config", "configs"})
public record AgentToolset(ToolConfig defaultConfig, List<ToolConfig> configs) implements ToolDefinition {

    /** The wire type. */
    public static final String TYPE = "agent_toolset_20260401";

    /** The tools of the toolset, in the reference's order. */
    public static final List<String> TOOL_NAMES =
            List.of("bash", "edit", "read", "write", "glob", "grep", "web_fetch", "web_search");

    private static final ToolConfig BUILT_IN_DEFAULT = new ToolConfig(null, true, PermissionPolicy.ALWAYS_ALLOW);

    /** Validates the configs: known tool names, each at most once, and no name on the default config. */
    public AgentToolset {
        if (defaultConfig != null && defaultConfig.name() != null) {
            throw new InvalidRequestException(TYPE + ".default_config must not have a name");
        }
        configs = Check.list(configs, TYPE + ".configs");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < configs.size(); i++) {
            String name = configs.get(i).name();
            String field = TYPE + ".configs[" + i + "].name";
            Check.required(name, field);
            if (!TOOL_NAMES.contains(name)) {
                throw new InvalidRequestException(field + ": unknown tool '" + name + "'; the toolset has "
                        + TOOL_NAMES);
            }
            if (!seen.add(name)) {
                throw new InvalidRequestException(field + ": tool '" + name + "' is configured twice");
            }
        }
    }

    /** Every tool enabled with {@code always_allow} (the JSON {@code {"type":"agent_toolset_20260401"}}). */
    public static AgentToolset all() {
        return new AgentToolset(null, List.of());
    }

    /** Every tool disabled by default; enable an allowlist with {@link #enable(String...)}. */
    public static AgentToolset none() {
        return new AgentToolset(ToolConfig.defaults(false, null), List.of());
    }

    /** This toolset with another default policy for tools not configured individually. */
    public AgentToolset defaultPolicy(PermissionPolicy policy) {
        ToolConfig d = defaultConfig == null ? ToolConfig.defaults(null, policy)
                : ToolConfig.defaults(defaultConfig.enabled(), policy);
        return new AgentToolset(d, configs);
    }

    /** This toolset with the named tools enabled. */
    public AgentToolset enable(String... tools) {
        AgentToolset result = this;
        for (String tool : tools) {
            ToolConfig c = result.configFor(tool);
            result = result.with(new ToolConfig(tool, true, c == null ? null : c.permissionPolicy()));
        }
        return result;
    }

    /** This toolset with the named tools disabled. */
    public AgentToolset disable(String... tools) {
        AgentToolset result = this;
        for (String tool : tools) {
            ToolConfig c = result.configFor(tool);
            result = result.with(new ToolConfig(tool, false, c == null ? null : c.permissionPolicy()));
        }
        return result;
    }

    /** This toolset with one tool gated by {@code policy}. */
    public AgentToolset policy(String tool, PermissionPolicy policy) {
        ToolConfig c = configFor(tool);
        return with(new ToolConfig(tool, c == null ? null : c.enabled(), policy));
    }

    /** This toolset with {@code config} replacing any config of the same tool. */
    public AgentToolset with(ToolConfig config) {
        List<ToolConfig> copy = new ArrayList<>(configs);
        copy.removeIf(c -> c.name().equals(config.name()));
        copy.add(config);
        return new AgentToolset(defaultConfig, copy);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AgentToolset resolved() {
        ToolConfig d = resolvedDefault();
        List<ToolConfig> filled = new ArrayList<>(configs.size());
        for (ToolConfig c : configs) {
            filled.add(c.inheriting(d));
        }
        return new AgentToolset(d, filled);
    }

    @Override
    public int toolCount() {
        return TOOL_NAMES.size();
    }

    /** Whether {@code toolName} is enabled and which policy gates it; a name outside the toolset is refused. */
    public EffectiveToolConfig effectiveConfig(String toolName) {
        if (!TOOL_NAMES.contains(toolName)) {
            throw new InvalidRequestException("unknown tool '" + toolName + "'; the toolset has " + TOOL_NAMES);
        }
        ToolConfig d = resolvedDefault();
        ToolConfig c = configFor(toolName);
        ToolConfig effective = c == null ? d : c.inheriting(d);
        return new EffectiveToolConfig(toolName, effective.enabled(), effective.permissionPolicy());
    }

    /** The effective config of every tool of the toolset, in {@link #TOOL_NAMES} order. */
    public List<EffectiveToolConfig> effectiveConfigs() {
        List<EffectiveToolConfig> all = new ArrayList<>(TOOL_NAMES.size());
        for (String name : TOOL_NAMES) {
            all.add(effectiveConfig(name));
        }
        return List.copyOf(all);
    }

    private ToolConfig resolvedDefault() {
        return defaultConfig == null ? BUILT_IN_DEFAULT : defaultConfig.inheriting(BUILT_IN_DEFAULT);
    }

    private ToolConfig configFor(String tool) {
        for (ToolConfig c : configs) {
            if (c.name().equals(tool)) {
                return c;
            }
        }
        return null;
    }
}

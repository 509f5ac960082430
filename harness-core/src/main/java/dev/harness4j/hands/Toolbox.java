package dev.harness4j.hands;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.CustomTool;
import dev.harness4j.agent.EffectiveToolConfig;
import dev.harness4j.agent.McpToolset;
import dev.harness4j.agent.PermissionPolicy;
import dev.harness4j.agent.ToolDefinition;
import dev.harness4j.event.Permission;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tools one agent may call, resolved from its tool definitions: the specifications the model sees and how each runs. */
public final class Toolbox {
    private static final Logger log = LoggerFactory.getLogger(Toolbox.class);

    private final Map<String, Tool> tools;
    private final Map<String, EffectiveToolConfig> configs;
    private final Map<String, CustomTool> customTools;
    private final Map<String, McpToolset> mcpToolsets;
    private final HostTools host;
    private final List<ToolSpecification> specifications;

    private Toolbox(Map<String, Tool> tools, Map<String, EffectiveToolConfig> configs,
                    Map<String, CustomTool> customTools, Map<String, McpToolset> mcpToolsets, HostTools host) {
        this.tools = Collections.unmodifiableMap(tools);
        this.configs = Map.copyOf(configs);
        this.customTools = Collections.unmodifiableMap(customTools);
        this.mcpToolsets = Map.copyOf(mcpToolsets);
        this.host = host;
        List<ToolSpecification> specs = new ArrayList<>(tools.size() + customTools.size());
        for (Tool t : tools.values()) {
            specs.add(t.specification());
        }
        for (CustomTool c : customTools.values()) {
            specs.add(CustomTools.specification(c));
        }
        this.specifications = List.copyOf(specs);
    }

    /** Resolves an agent's tools against the toolset providers; a toolset type with no provider is an error naming it. */
    public static Toolbox resolve(Agent agent, List<ToolsetProvider> providers) {
        return resolve(agent, providers, HostTools.NONE);
    }

    /**
     * Resolves an agent's tools: the built-in toolset against the providers, custom tools (answered by the host's
     * handlers where registered), MCP toolsets' permission configs (their tools are not offered yet), and the host's
     * gate for permission decisions.
     */
    public static Toolbox resolve(Agent agent, List<ToolsetProvider> providers, HostTools host) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        Map<String, EffectiveToolConfig> configs = new LinkedHashMap<>();
        Map<String, CustomTool> custom = new LinkedHashMap<>();
        Map<String, McpToolset> mcp = new LinkedHashMap<>();
        for (ToolDefinition def : agent.tools()) {
            if (def instanceof AgentToolset toolset) {
                ToolsetProvider provider = find(providers, AgentToolset.TYPE);
                for (Tool tool : provider.tools()) {
                    EffectiveToolConfig config = toolset.effectiveConfig(tool.name());
                    if (config.enabled()) {
                        tools.put(tool.name(), tool);
                        configs.put(tool.name(), config);
                    }
                }
            } else if (def instanceof CustomTool c) {
                custom.put(c.name(), c);
            } else if (def instanceof McpToolset m) {
                mcp.put(m.mcpServerName(), m);
                log.warn("agent {}: MCP toolset {} is not connected by this version of harness4j yet; its tools are "
                        + "not offered to the model", agent.id(), m.mcpServerName());
            } else {
                log.warn("agent {}: tool definition {} is not run by this version of harness4j yet; it is not offered "
                        + "to the model", agent.id(), def);
            }
        }
        return new Toolbox(tools, configs, custom, mcp, host);
    }

    /**
     * This toolbox plus {@code extra} tools (the runtime's own, e.g. a coordinator's delegation tools), allowed by
     * default and gated by the host's gate like built-in tools; a name already present is an error naming it.
     */
    public Toolbox with(List<Tool> extra) {
        Map<String, Tool> all = new LinkedHashMap<>(tools);
        for (Tool t : extra) {
            if (all.containsKey(t.name()) || customTools.containsKey(t.name())) {
                throw new InvalidRequestException("tool name '" + t.name() + "' is already taken by another tool");
            }
            all.put(t.name(), t);
        }
        return new Toolbox(all, configs, new LinkedHashMap<>(customTools), mcpToolsets, host);
    }

    private static ToolsetProvider find(List<ToolsetProvider> providers, String type) {
        for (ToolsetProvider p : providers) {
            if (p.type().equals(type)) {
                return p;
            }
        }
        throw new InvalidRequestException("no provider for toolset type '" + type + "': add the harness-tools module "
                + "(dev.harness4j:harness-tools) to the classpath or register a ToolsetProvider with the harness builder");
    }

    /** The specifications the model sees, in definition order. */
    public List<ToolSpecification> specifications() {
        return specifications;
    }

    /** Whether a tool of this name is available. */
    public boolean has(String name) {
        return tools.containsKey(name);
    }

    /** Whether {@code name} is one of the agent's custom tools (client-executed, never gated). */
    public boolean isCustom(String name) {
        return customTools.containsKey(name) && !tools.containsKey(name);
    }

    /** The in-process handler the host registered for custom tool {@code name}, or null. */
    public CustomToolHandler customHandler(String name) {
        return isCustom(name) ? host.handler(name) : null;
    }

    /**
     * How a call of built-in tool {@code name} is gated: the host's gate first (deny beats ask beats allow), then the
     * tool's configured policy. A tool the agent does not have is allowed here and fails as an unknown tool.
     */
    public ToolVerdict evaluate(String sessionId, String name, Map<String, Object> input) {
        EffectiveToolConfig config = configs.get(name);
        return gated(sessionId, name, input, config == null ? PermissionPolicy.ALWAYS_ALLOW : config.permissionPolicy());
    }

    /**
     * How a call of tool {@code toolName} of MCP server {@code server} is gated: the host's gate (asked with the
     * name {@code server/toolName}), then the toolset's policy, which defaults to {@code always_ask}.
     */
    public ToolVerdict evaluateMcp(String sessionId, String server, String toolName, Map<String, Object> input) {
        McpToolset toolset = mcpToolsets.get(server);
        if (toolset == null) {
            return ToolVerdict.deny("no MCP toolset for server '" + server + "'");
        }
        return gated(sessionId, server + "/" + toolName, input, toolset.effectiveConfig(toolName).permissionPolicy());
    }

    private ToolVerdict gated(String sessionId, String name, Map<String, Object> input, PermissionPolicy configured) {
        ToolGate.Decision d;
        try {
            d = host.gate().decide(sessionId, name, input);
        } catch (RuntimeException e) {
            log.warn("session {}: the tool gate failed on {}", sessionId, name, e);
            return ToolVerdict.deny("the host's tool gate failed: " + e);
        }
        if (d == null) {
            return ToolVerdict.deny("the host's tool gate returned no decision for '" + name + "'");
        }
        if (d instanceof ToolGate.Deny deny) {
            return ToolVerdict.deny(deny.reason());
        }
        if (d instanceof ToolGate.Ask) {
            return ToolVerdict.ASK;
        }
        if (d instanceof ToolGate.Allow) {
            return ToolVerdict.ALLOW;
        }
        return configured == PermissionPolicy.ALWAYS_ASK ? ToolVerdict.ASK : ToolVerdict.ALLOW;
    }

    /** Runs a custom tool's in-process handler; a missing handler or a failure becomes an error result. */
    public ToolResult executeCustom(ToolCall call, ToolContext context) {
        CustomToolHandler handler = customHandler(call.name());
        if (handler == null) {
            return ToolResult.error("no in-process handler for custom tool '" + call.name() + "'");
        }
        try {
            ToolResult result = handler.handle(call, context);
            return result != null ? result : ToolResult.error(call.name() + ": the handler returned no result");
        } catch (RuntimeException e) {
            log.warn("custom tool {} failed on call {}", call.name(), call.id(), e);
            return ToolResult.error(call.name() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Runs a call; an unknown tool or a failing tool becomes an error result naming the problem. */
    public ToolResult execute(ToolCall call, ToolContext context) {
        Tool tool = tools.get(call.name());
        if (tool == null) {
            return ToolResult.error("unknown tool '" + call.name() + "'; available tools: " + tools.keySet());
        }
        try {
            return tool.execute(call, context);
        } catch (InvalidRequestException e) {
            return ToolResult.error(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("tool {} failed on call {}", call.name(), call.id(), e);
            return ToolResult.error(call.name() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

package dev.harness4j.hands;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.ToolDefinition;
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
    private final List<ToolSpecification> specifications;

    private Toolbox(Map<String, Tool> tools) {
        this.tools = Collections.unmodifiableMap(tools);
        List<ToolSpecification> specs = new ArrayList<>(tools.size());
        for (Tool t : tools.values()) {
            specs.add(t.specification());
        }
        this.specifications = List.copyOf(specs);
    }

    /** Resolves an agent's tools against the toolset providers; a toolset type with no provider is an error naming it. */
    public static Toolbox resolve(Agent agent, List<ToolsetProvider> providers) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        for (ToolDefinition def : agent.tools()) {
            if (def instanceof AgentToolset toolset) {
                ToolsetProvider provider = find(providers, AgentToolset.TYPE);
                for (Tool tool : provider.tools()) {
                    if (toolset.effectiveConfig(tool.name()).enabled()) {
                        tools.put(tool.name(), tool);
                    }
                }
            } else {
                log.warn("agent {}: tool definition {} is not run by this version of harness4j yet; it is not offered "
                        + "to the model", agent.id(), def);
            }
        }
        return new Toolbox(tools);
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

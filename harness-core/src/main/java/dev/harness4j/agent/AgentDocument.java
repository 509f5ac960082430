package dev.harness4j.agent;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.json.DocumentReader;
import dev.harness4j.json.JsonInput;
import java.util.List;
import java.util.Map;

/** The create-parameters JSON as written, including the legacy {@code callable_agents} alias of multiagent. */
record AgentDocument(
        String name,
        String description,
        ModelConfig model,
        String system,
        List<ToolDefinition> tools,
        List<McpServer> mcpServers,
        List<Skill> skills,
        Multiagent multiagent,
        List<RosterEntry> callableAgents,
        Map<String, String> metadata) {

    private static final String WHAT = "agent";

    /** Reads create parameters (JSON or YAML) through this document into a validated {@link AgentSpec}. */
    static final DocumentReader<AgentSpec> READER = DocumentReader.of(WHAT,
            tree -> JsonInput.bind(tree, AgentDocument.class, WHAT).toSpec());

    AgentSpec toSpec() {
        return new AgentSpec(name, description, model, system, tools, mcpServers, skills,
                multiagent(multiagent, callableAgents), metadata);
    }

    /** Merges {@code multiagent} and its legacy alias {@code callable_agents}; giving both is refused. */
    static Multiagent multiagent(Multiagent multiagent, List<RosterEntry> callableAgents) {
        if (callableAgents == null || callableAgents.isEmpty()) {
            return multiagent;
        }
        if (multiagent != null) {
            throw new InvalidRequestException("give either multiagent or its legacy alias callable_agents, not both");
        }
        return Multiagent.coordinator(callableAgents);
    }
}

package dev.harness4j.brain;

import dev.harness4j.agent.Agent;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.Objects;

/** The input of one brain step: the session, its pinned agent, its log, and the tools the agent may call. */
public record BrainRequest(String sessionId, Agent agent, LogView log, List<ToolSpecification> tools) {
    /** Validates and copies. */
    public BrainRequest {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(log, "log");
        tools = List.copyOf(tools);
    }
}

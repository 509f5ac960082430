package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable version of an agent (§3.1): its configuration, {@code version} (1, 2, …) and timestamps. JSON is the
 * reference's agent object with {@code "type":"agent"}; tools are in resolved form and the model is always an object.
 */
@JsonPropertyOrder({"id", "type", "name", "description", "model", "system", "tools", "mcp_servers", "skills",
    "multiagent", "metadata", "version", "created_at", "updated_at", "archived_at"})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record Agent(
        String id,
        String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String description,
        ModelConfig model,
        @JsonInclude(JsonInclude.Include.ALWAYS) String system,
        List<ToolDefinition> tools,
        List<McpServer> mcpServers,
        List<Skill> skills,
        @JsonInclude(JsonInclude.Include.ALWAYS) Multiagent multiagent,
        Map<String, String> metadata,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant archivedAt) {

    /** The wire type. */
    public static final String TYPE = "agent";

    /** Validates the required fields and copies the collections. */
    public Agent {
        Check.required(id, "agent.id");
        Check.required(name, "agent.name");
        Check.required(model, "agent.model");
        tools = Check.list(tools, "agent.tools");
        mcpServers = Check.list(mcpServers, "agent.mcp_servers");
        skills = Check.list(skills, "agent.skills");
        metadata = Metadata.validate(metadata, "agent.metadata");
        if (version < 1) {
            throw new InvalidRequestException("agent.version must be at least 1, got " + version);
        }
        Check.required(createdAt, "agent.created_at");
        Check.required(updatedAt, "agent.updated_at");
    }

    /** The wire type, {@code agent}. */
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    /** Whether the agent is archived (read-only; new sessions cannot use it). */
    public boolean archived() {
        return archivedAt != null;
    }

    /** The built-in toolset of this agent, if it has one. */
    public Optional<AgentToolset> agentToolset() {
        for (ToolDefinition t : tools) {
            if (t instanceof AgentToolset toolset) {
                return Optional.of(toolset);
            }
        }
        return Optional.empty();
    }

    /** This version with {@code archivedAt} set (or cleared with null). */
    public Agent withArchivedAt(Instant archivedAt) {
        return new Agent(id, name, description, model, system, tools, mcpServers, skills, multiagent, metadata,
                version, createdAt, updatedAt, archivedAt);
    }
}

package dev.harness4j.agent;

import dev.harness4j.Metadata;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters that create an agent (§3.2), validated when built: a spec that builds is a spec that creates (apart
 * from multiagent references, which are checked against the store). Loads the reference's create JSON or YAML
 * unchanged.
 */
public record AgentSpec(
        String name,
        String description,
        ModelConfig model,
        String system,
        List<ToolDefinition> tools,
        List<McpServer> mcpServers,
        List<Skill> skills,
        Multiagent multiagent,
        Map<String, String> metadata) {

    /** Validates every documented limit; an empty description or system counts as absent. */
    public AgentSpec {
        Check.text(name, "name", 1, AgentRules.MAX_NAME);
        description = Check.optionalText(emptyToNull(description), "description", AgentRules.MAX_DESCRIPTION);
        Check.required(model, "model");
        system = Check.optionalText(emptyToNull(system), "system", AgentRules.MAX_SYSTEM);
        tools = Check.list(tools, "tools");
        mcpServers = Check.list(mcpServers, "mcp_servers");
        skills = Check.list(skills, "skills");
        AgentRules.checkTools(tools, mcpServers, skills);
        metadata = Metadata.validate(metadata, "metadata");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).description(description).model(model).system(system).tools(tools)
                .mcpServers(mcpServers).skills(skills).multiagent(multiagent);
        b.metadata.putAll(metadata);
        return b;
    }

    /** Reads create parameters from JSON text, e.g. {@code {"name":…, "model":"claude-sonnet-4-6", …}}. */
    public static AgentSpec fromJson(String json) {
        return AgentDocument.READER.fromJson(json);
    }

    /** Reads create parameters from a UTF-8 JSON stream (not closed). */
    public static AgentSpec fromJson(InputStream json) {
        return AgentDocument.READER.fromJson(json);
    }

    /** Reads create parameters from YAML text with the same field names as the JSON. */
    public static AgentSpec fromYaml(String yaml) {
        return AgentDocument.READER.fromYaml(yaml);
    }

    /** Reads create parameters from a YAML stream (not closed). */
    public static AgentSpec fromYaml(InputStream yaml) {
        return AgentDocument.READER.fromYaml(yaml);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Collects and validates the parameters of a new agent. */
    public static final class Builder {
        private String name;
        private String description;
        private ModelConfig model;
        private String system;
        private final List<ToolDefinition> tools = new ArrayList<>();
        private final List<McpServer> mcpServers = new ArrayList<>();
        private final List<Skill> skills = new ArrayList<>();
        private Multiagent multiagent;
        private final Map<String, String> metadata = new LinkedHashMap<>();

        private Builder() {
        }

        /** The name, 1–256 characters (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The description, at most 2048 characters. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The model by id, at standard speed (required). */
        public Builder model(String modelId) {
            this.model = ModelConfig.of(modelId);
            return this;
        }

        /** The model (required). */
        public Builder model(ModelConfig model) {
            this.model = model;
            return this;
        }

        /** The system prompt, at most 100,000 characters. */
        public Builder system(String system) {
            this.system = system;
            return this;
        }

        /** Adds tool definitions. */
        public Builder tool(ToolDefinition... tools) {
            this.tools.addAll(List.of(tools));
            return this;
        }

        /** Replaces the tool definitions. */
        public Builder tools(List<? extends ToolDefinition> tools) {
            this.tools.clear();
            this.tools.addAll(tools);
            return this;
        }

        /** Adds an MCP server (it must be referenced by an {@link McpToolset}). */
        public Builder mcpServer(McpServer server) {
            this.mcpServers.add(server);
            return this;
        }

        /** Adds an MCP server by name and URL. */
        public Builder mcpServer(String name, String url) {
            return mcpServer(McpServer.url(name, url));
        }

        /** Replaces the MCP servers. */
        public Builder mcpServers(List<McpServer> servers) {
            this.mcpServers.clear();
            this.mcpServers.addAll(servers);
            return this;
        }

        /** Adds a skill. */
        public Builder skill(Skill skill) {
            this.skills.add(skill);
            return this;
        }

        /** Replaces the skills. */
        public Builder skills(List<Skill> skills) {
            this.skills.clear();
            this.skills.addAll(skills);
            return this;
        }

        /** The multiagent roster, or null for none. */
        public Builder multiagent(Multiagent multiagent) {
            this.multiagent = multiagent;
            return this;
        }

        /**
         * The legacy alias of {@link #multiagent}: a coordinator over these entries; null or empty means none. Replaces
         * any multiagent set before.
         */
        public Builder callableAgents(List<RosterEntry> agents) {
            this.multiagent = agents == null || agents.isEmpty() ? null : Multiagent.coordinator(agents);
            return this;
        }

        /** Adds a metadata pair. */
        public Builder metadata(String key, String value) {
            this.metadata.put(key, value);
            return this;
        }

        /** Replaces the metadata. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata.clear();
            this.metadata.putAll(metadata);
            return this;
        }

        /** Validates and builds the spec. */
        public AgentSpec build() {
            return new AgentSpec(name, description, model, system, tools, mcpServers, skills, multiagent, metadata);
        }
    }
}

package dev.harness4j.agent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import dev.harness4j.json.DocumentReader;
import dev.harness4j.json.PatchInput;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parameters of an agent update (§3.3). A field left out keeps its value; {@code null} (or {@code []}, or an empty
 * string) clears description, system, tools, mcp_servers, skills and multiagent; name and model cannot be cleared;
 * metadata is a patch where a string upserts and null deletes. An optional expected version guards against concurrent
 * overwrites.
 */
public final class AgentUpdate {
    private static final String WHAT = "agent update";
    private static final DocumentReader<AgentUpdate> READER = DocumentReader.of(WHAT, AgentUpdate::fromTree);
    private static final List<String> FIELDS = List.of("version", "name", "description", "model", "system", "tools",
            "mcp_servers", "skills", "multiagent", "callable_agents", "metadata");

    // null = keep; Optional.empty() = clear.
    private final Long expectedVersion;
    private final String name;
    private final ModelConfig model;
    private final Optional<String> description;
    private final Optional<String> system;
    private final Optional<List<ToolDefinition>> tools;
    private final Optional<List<McpServer>> mcpServers;
    private final Optional<List<Skill>> skills;
    private final Optional<Multiagent> multiagent;
    private final Map<String, String> metadataPatch;

    private AgentUpdate(Builder b) {
        this.expectedVersion = b.expectedVersion;
        this.name = b.name;
        this.model = b.model;
        this.description = b.description;
        this.system = b.system;
        this.tools = b.tools;
        this.mcpServers = b.mcpServers;
        this.skills = b.skills;
        this.multiagent = b.multiagent;
        this.metadataPatch = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadataPatch));
    }

    /** A new, empty builder (an empty update changes nothing). */
    public static Builder builder() {
        return new Builder();
    }

    /** The version the caller expects the agent to have, if given. */
    public OptionalLong expectedVersion() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    /** Whether this update replaces (or clears) the multiagent roster. */
    boolean changesMultiagent() {
        return multiagent != null;
    }

    /** Applies this update to the current configuration, returning the new (validated) configuration. */
    AgentSpec applyTo(AgentSpec current) {
        AgentSpec.Builder b = current.toBuilder();
        if (name != null) {
            b.name(name);
        }
        if (model != null) {
            b.model(model);
        }
        if (description != null) {
            b.description(description.orElse(null));
        }
        if (system != null) {
            b.system(system.orElse(null));
        }
        if (tools != null) {
            b.tools(tools.orElse(List.of()));
        }
        if (mcpServers != null) {
            b.mcpServers(mcpServers.orElse(List.of()));
        }
        if (skills != null) {
            b.skills(skills.orElse(List.of()));
        }
        if (multiagent != null) {
            b.multiagent(multiagent.orElse(null));
        }
        if (!metadataPatch.isEmpty()) {
            b.metadata(Metadata.patch(current.metadata(), metadataPatch, "metadata"));
        }
        return b.build();
    }

    /** Reads update parameters from JSON text. */
    public static AgentUpdate fromJson(String json) {
        return READER.fromJson(json);
    }

    /** Reads update parameters from a UTF-8 JSON stream (not closed). */
    public static AgentUpdate fromJson(InputStream json) {
        return READER.fromJson(json);
    }

    private static AgentUpdate fromTree(JsonNode tree) {
        Builder b = builder();
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            String field = e.getKey();
            JsonNode v = e.getValue();
            switch (field) {
                case "version" -> {
                    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                        throw new InvalidRequestException(WHAT + ": version must be an integer");
                    }
                    b.expectedVersion(v.asLong());
                }
                case "name" -> b.name(PatchInput.text(v, WHAT, field));
                case "model" -> b.model(PatchInput.bind(v, ModelConfig.class, WHAT + ".model"));
                case "description" -> b.description(PatchInput.text(v, WHAT, field));
                case "system" -> b.system(PatchInput.text(v, WHAT, field));
                case "tools" -> b.tools(PatchInput.bind(v,
                        new TypeReference<List<ToolDefinition>>() { }, WHAT + ".tools"));
                case "mcp_servers" -> b.mcpServers(PatchInput.bind(v,
                        new TypeReference<List<McpServer>>() { }, WHAT + ".mcp_servers"));
                case "skills" -> b.skills(PatchInput.bind(v,
                        new TypeReference<List<Skill>>() { }, WHAT + ".skills"));
                case "multiagent", "callable_agents" -> { }
                case "metadata" -> PatchInput.metadata(v, WHAT, b::metadata);
                default -> throw PatchInput.unknownField(WHAT, field, FIELDS);
            }
        }
        if (tree.has("multiagent") || tree.has("callable_agents")) {
            JsonNode m = tree.get("multiagent");
            JsonNode c = tree.get("callable_agents");
            Multiagent declared = m == null ? null : PatchInput.bind(m, Multiagent.class, WHAT + ".multiagent");
            List<RosterEntry> legacy = c == null ? null
                    : PatchInput.bind(c, new TypeReference<List<RosterEntry>>() { }, WHAT + ".callable_agents");
            b.multiagent(AgentDocument.multiagent(declared, legacy));
        }
        return b.build();
    }

    /** Collects an update; methods not called leave their field unchanged. */
    public static final class Builder {
        private Long expectedVersion;
        private String name;
        private ModelConfig model;
        private Optional<String> description;
        private Optional<String> system;
        private Optional<List<ToolDefinition>> tools;
        private Optional<List<McpServer>> mcpServers;
        private Optional<List<Skill>> skills;
        private Optional<Multiagent> multiagent;
        private final Map<String, String> metadataPatch = new LinkedHashMap<>();

        private Builder() {
        }

        /** Fails the update unless the agent's current version is {@code version}. */
        public Builder expectedVersion(long version) {
            if (version < 1) {
                throw new InvalidRequestException(WHAT + ": version must be at least 1, got " + version);
            }
            this.expectedVersion = version;
            return this;
        }

        /** A new name; the name cannot be cleared. */
        public Builder name(String name) {
            this.name = PatchInput.notCleared(name, WHAT, "name");
            return this;
        }

        /** A new model by id; the model cannot be cleared. */
        public Builder model(String modelId) {
            return model(modelId == null ? null : ModelConfig.of(modelId));
        }

        /** A new model, replacing the whole model object; the model cannot be cleared. */
        public Builder model(ModelConfig model) {
            this.model = PatchInput.notCleared(model, WHAT, "model");
            return this;
        }

        /** A new description; null or empty clears it. */
        public Builder description(String description) {
            this.description = PatchInput.clearable(description);
            return this;
        }

        /** A new system prompt; null or empty clears it. */
        public Builder system(String system) {
            this.system = PatchInput.clearable(system);
            return this;
        }

        /** Replaces all tools; null or empty clears them. */
        public Builder tools(List<? extends ToolDefinition> tools) {
            this.tools = PatchInput.clearable(tools);
            return this;
        }

        /** Replaces all MCP servers; null or empty clears them. */
        public Builder mcpServers(List<McpServer> servers) {
            this.mcpServers = PatchInput.clearable(servers);
            return this;
        }

        /** Replaces all skills; null or empty clears them. */
        public Builder skills(List<Skill> skills) {
            this.skills = PatchInput.clearable(skills);
            return this;
        }

        /** Replaces the multiagent roster; null clears it. */
        public Builder multiagent(Multiagent multiagent) {
            this.multiagent = Optional.ofNullable(multiagent);
            return this;
        }

        /**
         * The legacy alias of {@link #multiagent}: replaces the roster with a coordinator over these entries; null or
         * empty clears it.
         */
        public Builder callableAgents(List<RosterEntry> agents) {
            return multiagent(agents == null || agents.isEmpty() ? null : Multiagent.coordinator(agents));
        }

        /** Upserts a metadata key, or deletes it when {@code value} is null. */
        public Builder metadata(String key, String value) {
            this.metadataPatch.put(PatchInput.metadataKey(key, WHAT), value);
            return this;
        }

        /** Deletes a metadata key. */
        public Builder removeMetadata(String key) {
            return metadata(key, null);
        }

        /** Builds the update. */
        public AgentUpdate build() {
            return new AgentUpdate(this);
        }
    }
}

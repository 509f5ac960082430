package dev.harness4j.environment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A reusable template for session workspaces (§4.1): its filesystem kind and network policy ({@code config}), seed
 * files, metadata and timestamps. JSON is the reference's environment object with {@code "type":"environment"}.
 */
@JsonPropertyOrder({"id", "type", "name", "description", "config", "metadata", "seed_files", "created_at",
    "updated_at", "archived_at"})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record Environment(
        String id,
        String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String description,
        EnvironmentConfig config,
        Map<String, String> metadata,
        List<SeedFile> seedFiles,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant archivedAt) {

    /** The wire type. */
    public static final String TYPE = "environment";

    /** Validates the required fields and copies the collections. */
    public Environment {
        require(id, "id");
        require(name, "name");
        require(config, "config");
        metadata = Metadata.validate(metadata, "environment.metadata");
        seedFiles = seedFiles == null ? List.of() : List.copyOf(seedFiles);
        require(createdAt, "created_at");
        require(updatedAt, "updated_at");
    }

    /** The wire type, {@code environment}. */
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    /** Whether the environment is archived (new sessions cannot use it). */
    public boolean archived() {
        return archivedAt != null;
    }

    /** This environment with {@code archivedAt} set. */
    public Environment withArchivedAt(Instant archivedAt) {
        return new Environment(id, name, description, config, metadata, seedFiles, createdAt, updatedAt, archivedAt);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidRequestException("environment." + field + " is required");
        }
    }
}

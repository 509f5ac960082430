package dev.harness4j.environment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import dev.harness4j.json.DocumentReader;
import dev.harness4j.json.JsonInput;
import dev.harness4j.json.PatchInput;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an environment update: a field left out keeps its value; {@code description} and
 * {@code seed_files} are cleared by null; {@code config} replaces the whole config but cannot change its type;
 * {@code metadata} is a patch (a string upserts, null deletes). Changes apply to sessions created afterwards.
 */
public final class EnvironmentUpdate {
    private static final String WHAT = "environment update";
    private static final DocumentReader<EnvironmentUpdate> READER = DocumentReader.of(WHAT, EnvironmentUpdate::fromTree);
    private static final List<String> FIELDS = List.of("name", "description", "config", "metadata", "seed_files");

    private final String name;
    private final Optional<String> description;
    private final EnvironmentConfig config;
    private final Optional<List<SeedFile>> seedFiles;
    private final Map<String, String> metadataPatch;

    private EnvironmentUpdate(Builder b) {
        this.name = b.name;
        this.description = b.description;
        this.config = b.config;
        this.seedFiles = b.seedFiles;
        this.metadataPatch = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadataPatch));
    }

    /** A new, empty builder (an empty update changes nothing). */
    public static Builder builder() {
        return new Builder();
    }

    /** The new name, if the update renames. */
    Optional<String> newName() {
        return Optional.ofNullable(name);
    }

    /** Applies this update to an environment, keeping its id and timestamps. */
    Environment applyTo(Environment current) {
        EnvironmentConfig nextConfig = current.config();
        if (config != null) {
            if (!config.type().equals(current.config().type())) {
                throw new InvalidRequestException("config.type cannot change from " + current.config().type()
                        + " to " + config.type() + "; create a new environment instead");
            }
            nextConfig = config;
        }
        EnvironmentSpec next = new EnvironmentSpec(name != null ? name : current.name(),
                description != null ? description.orElse(null) : current.description(), nextConfig,
                Metadata.patch(current.metadata(), metadataPatch, "metadata"),
                seedFiles != null ? seedFiles.orElse(List.of()) : current.seedFiles());
        return new Environment(current.id(), next.name(), next.description(), next.config(), next.metadata(),
                next.seedFiles(), current.createdAt(), current.updatedAt(), current.archivedAt());
    }

    /** Reads update parameters from JSON text. */
    public static EnvironmentUpdate fromJson(String json) {
        return READER.fromJson(json);
    }

    /** Reads update parameters from a UTF-8 JSON stream (not closed). */
    public static EnvironmentUpdate fromJson(InputStream json) {
        return READER.fromJson(json);
    }

    private static EnvironmentUpdate fromTree(JsonNode tree) {
        Builder b = builder();
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            String field = e.getKey();
            JsonNode v = e.getValue();
            switch (field) {
                case "name" -> b.name(PatchInput.text(v, WHAT, field));
                case "description" -> b.description(PatchInput.text(v, WHAT, field));
                case "config" -> {
                    if (!v.isNull()) {
                        b.config(JsonInput.bind(v, EnvironmentConfig.class, WHAT + ".config"));
                    }
                }
                case "seed_files" -> b.seedFiles(PatchInput.bind(v,
                        new TypeReference<List<SeedFile>>() { }, WHAT + ".seed_files"));
                case "metadata" -> PatchInput.metadata(v, WHAT, b::metadata);
                default -> throw PatchInput.unknownField(WHAT, field, FIELDS);
            }
        }
        return b.build();
    }

    /** Collects an update; methods not called leave their field unchanged. */
    public static final class Builder {
        private String name;
        private Optional<String> description;
        private EnvironmentConfig config;
        private Optional<List<SeedFile>> seedFiles;
        private final Map<String, String> metadataPatch = new LinkedHashMap<>();

        private Builder() {
        }

        /** A new name; the name cannot be cleared. */
        public Builder name(String name) {
            this.name = PatchInput.notCleared(name, WHAT, "name");
            return this;
        }

        /** A new description; null or empty clears it. */
        public Builder description(String description) {
            this.description = PatchInput.clearable(description);
            return this;
        }

        /** A new config of the same type; it applies to sessions created afterwards. */
        public Builder config(EnvironmentConfig config) {
            this.config = PatchInput.notCleared(config, WHAT, "config");
            return this;
        }

        /** Replaces the seed files; null or empty clears them. */
        public Builder seedFiles(List<SeedFile> seedFiles) {
            this.seedFiles = PatchInput.clearable(seedFiles);
            return this;
        }

        /** Upserts a metadata key, or deletes it when {@code value} is null. */
        public Builder metadata(String key, String value) {
            this.metadataPatch.put(PatchInput.metadataKey(key, WHAT), value);
            return this;
        }

        /** Builds the update. */
        public EnvironmentUpdate build() {
            return new EnvironmentUpdate(this);
        }
    }
}

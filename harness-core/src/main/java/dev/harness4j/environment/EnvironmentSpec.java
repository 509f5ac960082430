package dev.harness4j.environment;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import dev.harness4j.json.DocumentReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters that create an environment: {@code name} (unique among unarchived environments), {@code description},
 * {@code config} (default: in-memory without network), {@code metadata} and {@code seed_files}. Validated when built;
 * loads the reference's create JSON (a {@code cloud} config becomes {@code in_memory}) or the same as YAML.
 */
public record EnvironmentSpec(
        String name,
        String description,
        EnvironmentConfig config,
        Map<String, String> metadata,
        List<SeedFile> seedFiles) {

    /** Longest name. */
    public static final int MAX_NAME = 256;
    /** Longest description. */
    public static final int MAX_DESCRIPTION = 2048;
    /** Most seed files. */
    public static final int MAX_SEED_FILES = 1000;
    /** Most bytes of all seed files together. */
    public static final long MAX_SEED_BYTES = 16L * 1024 * 1024;

    private static final DocumentReader<EnvironmentSpec> READER =
            DocumentReader.binding(EnvironmentSpec.class, "environment");

    /** Validates every limit; a null config is in-memory without network, an empty description is absent. */
    public EnvironmentSpec {
        name = checkName(name);
        description = checkDescription(description);
        config = config == null ? EnvironmentConfig.inMemory() : config;
        metadata = Metadata.validate(metadata, "metadata");
        seedFiles = checkSeedFiles(seedFiles);
    }

    /** An in-memory environment without network. */
    public static EnvironmentSpec inMemory(String name) {
        return builder().name(name).build();
    }

    /** An environment whose sessions work in the host directory {@code dir}, without network. */
    public static EnvironmentSpec hostDirectory(String name, Path dir) {
        return builder().name(name).config(EnvironmentConfig.hostDirectory(dir)).build();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads create parameters from JSON text. */
    public static EnvironmentSpec fromJson(String json) {
        return READER.fromJson(json);
    }

    /** Reads create parameters from a UTF-8 JSON stream (not closed). */
    public static EnvironmentSpec fromJson(InputStream json) {
        return READER.fromJson(json);
    }

    /** Reads create parameters from YAML text with the JSON's field names. */
    public static EnvironmentSpec fromYaml(String yaml) {
        return READER.fromYaml(yaml);
    }

    /** Reads create parameters from a YAML stream (not closed). */
    public static EnvironmentSpec fromYaml(InputStream yaml) {
        return READER.fromYaml(yaml);
    }

    static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidRequestException("name is required and must not be empty");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidRequestException("name must have at most " + MAX_NAME + " characters, got "
                    + name.length());
        }
        return name;
    }

    static String checkDescription(String description) {
        if (description == null || description.isEmpty()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidRequestException("description must have at most " + MAX_DESCRIPTION
                    + " characters, got " + description.length());
        }
        return description;
    }

    static List<SeedFile> checkSeedFiles(List<SeedFile> seedFiles) {
        if (seedFiles == null) {
            return List.of();
        }
        if (seedFiles.size() > MAX_SEED_FILES) {
            throw new InvalidRequestException("seed_files: at most " + MAX_SEED_FILES + " files allowed, got "
                    + seedFiles.size());
        }
        Set<String> paths = new HashSet<>();
        long bytes = 0;
        for (int i = 0; i < seedFiles.size(); i++) {
            SeedFile f = seedFiles.get(i);
            if (f == null) {
                throw new InvalidRequestException("seed_files[" + i + "] must not be null");
            }
            if (!paths.add(f.path())) {
                throw new InvalidRequestException("seed_files: path '" + f.path() + "' is given twice");
            }
            bytes += f.data().length;
        }
        if (bytes > MAX_SEED_BYTES) {
            throw new InvalidRequestException("seed_files: at most " + MAX_SEED_BYTES + " bytes in all, got " + bytes);
        }
        return List.copyOf(seedFiles);
    }

    /** Collects and validates the parameters of a new environment. */
    public static final class Builder {
        private String name;
        private String description;
        private EnvironmentConfig config;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<SeedFile> seedFiles = new ArrayList<>();

        private Builder() {
        }

        /** The name (required, unique among unarchived environments). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The description, at most 2048 characters. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The workspace kind and network policy. */
        public Builder config(EnvironmentConfig config) {
            this.config = config;
            return this;
        }

        /** Adds a metadata pair. */
        public Builder metadata(String key, String value) {
            this.metadata.put(key, value);
            return this;
        }

        /** Adds a seed file. */
        public Builder seedFile(SeedFile file) {
            this.seedFiles.add(file);
            return this;
        }

        /** Adds a text seed file. */
        public Builder seedFile(String path, String content) {
            return seedFile(SeedFile.text(path, content));
        }

        /** Validates and builds the spec. */
        public EnvironmentSpec build() {
            return new EnvironmentSpec(name, description, config, metadata, seedFiles);
        }
    }
}

package dev.harness4j.environment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kind of workspace an environment gives its sessions: {@code in_memory} (a private in-memory filesystem) or
 * {@code host_directory} (a jailed directory on disk). The hosted {@code cloud} config is accepted on input and becomes
 * {@code in_memory}; its {@code packages} are not installed in-process.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EnvironmentConfig.InMemory.class, name = EnvironmentConfig.InMemory.TYPE,
            names = EnvironmentConfig.InMemory.HOSTED_ALIAS),
    @JsonSubTypes.Type(value = EnvironmentConfig.HostDirectory.class, name = EnvironmentConfig.HostDirectory.TYPE)
})
public sealed interface EnvironmentConfig {

    /** The wire type. */
    String type();

    /** The network the session's tools may reach. */
    Networking networking();

    /** An in-memory workspace without network. */
    static InMemory inMemory() {
        return new InMemory(Networking.NONE, null, null);
    }

    /** A workspace in the host directory {@code dir}, without network. */
    static HostDirectory hostDirectory(Path dir) {
        return new HostDirectory(dir.toAbsolutePath().normalize().toString(), Networking.NONE);
    }

    /**
     * A private in-memory filesystem per session; {@code max_size_bytes} caps its size and {@code symlinks} says
     * whether it supports symbolic links (null leaves both to the workspace's defaults).
     */
    @JsonPropertyOrder({"networking", "max_size_bytes", "symlinks"})
    record InMemory(Networking networking, Long maxSizeBytes, Boolean symlinks) implements EnvironmentConfig {
        /** The wire type. */
        public static final String TYPE = "in_memory";
        /** The hosted config type accepted as an alias on input. */
        static final String HOSTED_ALIAS = "cloud";
        private static final Logger LOG = LoggerFactory.getLogger(EnvironmentConfig.class);

        /** Validates the size cap; a null networking is {@link Networking#NONE}. */
        public InMemory {
            networking = networking == null ? Networking.NONE : networking;
            if (maxSizeBytes != null && maxSizeBytes < 1) {
                throw new InvalidRequestException("config.max_size_bytes must be positive, got " + maxSizeBytes);
            }
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** This config with another network policy. */
        public InMemory withNetworking(Networking networking) {
            return new InMemory(networking, maxSizeBytes, symlinks);
        }

        @JsonCreator
        static InMemory fromJson(@JsonProperty("networking") Networking networking,
                @JsonProperty("max_size_bytes") Long maxSizeBytes, @JsonProperty("symlinks") Boolean symlinks,
                @JsonProperty("packages") JsonNode packages) {
            if (packages != null && !packages.isNull()) {
                LOG.info("environment config: packages are not installed in-process; ignoring {}", packages);
            }
            return new InMemory(networking, maxSizeBytes, symlinks);
        }
    }

    /** A directory on the host, jailed: tools see only it (and the session mounts). {@code path} is absolute. */
    @JsonPropertyOrder({"path", "networking"})
    record HostDirectory(String path, Networking networking) implements EnvironmentConfig {
        /** The wire type. */
        public static final String TYPE = "host_directory";

        /** Validates that the path is absolute; a null networking is {@link Networking#NONE}. */
        public HostDirectory {
            if (path == null || path.isEmpty()) {
                throw new InvalidRequestException("config.path is required for host_directory");
            }
            try {
                if (!Path.of(path).isAbsolute()) {
                    throw new InvalidRequestException("config.path must be absolute, got '" + path + "'");
                }
            } catch (InvalidPathException e) {
                throw new InvalidRequestException("config.path is not a valid path: " + e.getMessage());
            }
            networking = networking == null ? Networking.NONE : networking;
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** The directory as a path. */
        public Path directory() {
            return Path.of(path);
        }

        /** This config with another network policy. */
        public HostDirectory withNetworking(Networking networking) {
            return new HostDirectory(path, networking);
        }
    }
}

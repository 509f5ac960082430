package dev.harness4j.session;

import dev.harness4j.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a new session is made of: an agent (latest version, or a pinned one), an environment, a title and metadata. */
public record SessionSpec(String agentId, Long agentVersion, String environmentId, String title, Map<String, String> metadata) {
    /** Validates and copies. */
    public SessionSpec {
        if (agentId == null || agentId.isBlank()) {
            throw new InvalidRequestException("session: agent is required");
        }
        if (environmentId == null || environmentId.isBlank()) {
            throw new InvalidRequestException("session: environment_id is required");
        }
        if (agentVersion != null && agentVersion < 1) {
            throw new InvalidRequestException("session: agent version must be at least 1, got " + agentVersion);
        }
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A session of the agent's latest version in an environment. */
    public static SessionSpec of(String agentId, String environmentId) {
        return new SessionSpec(agentId, null, environmentId, null, Map.of());
    }

    /** A session pinned to one version of the agent. */
    public static SessionSpec pinned(String agentId, long version, String environmentId) {
        return new SessionSpec(agentId, version, environmentId, null, Map.of());
    }

    /** A copy with a title. */
    public SessionSpec withTitle(String title) {
        return new SessionSpec(agentId, agentVersion, environmentId, Objects.requireNonNull(title), metadata);
    }

    /** A copy with metadata. */
    public SessionSpec withMetadata(Map<String, String> metadata) {
        return new SessionSpec(agentId, agentVersion, environmentId, title, metadata);
    }
}

package dev.harness4j.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.json.JsonInput;
import dev.harness4j.usage.Budget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a new session is made of: an agent (latest version, or a pinned one), an environment, a title, metadata and an
 * optional budget (null: the harness's default {@link dev.harness4j.usage.UsageLimits#maxListCost()} applies).
 */
public record SessionSpec(String agentId, Long agentVersion, String environmentId, String title, Map<String, String> metadata,
                          Budget budget) {
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

    /** A spec without a budget. */
    public SessionSpec(String agentId, Long agentVersion, String environmentId, String title, Map<String, String> metadata) {
        this(agentId, agentVersion, environmentId, title, metadata, null);
    }

    /** A session of the agent's latest version in an environment. */
    public static SessionSpec of(String agentId, String environmentId) {
        return new SessionSpec(agentId, null, environmentId, null, Map.of());
    }

    /** A session pinned to one version of the agent. */
    public static SessionSpec pinned(String agentId, long version, String environmentId) {
        return new SessionSpec(agentId, version, environmentId, null, Map.of());
    }

    /**
     * Reads the API's create params: {@code agent} as an id string (latest version, pinned now) or
     * {@code {"type": "agent", "id": …, "version": …}}, {@code environment_id}, {@code title}, {@code metadata},
     * {@code budget} ({@code {"type": "limit", "max_list_cost": {"amount": "2500", "currency": "USD"}}} or null).
     */
    public static SessionSpec fromJson(String json) {
        JsonNode root = JsonInput.parseJson(json, "session");
        if (!root.isObject()) {
            throw new InvalidRequestException("session: expected a JSON object");
        }
        java.util.Set<String> known = java.util.Set.of("agent", "environment_id", "title", "metadata", "budget");
        root.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw new InvalidRequestException("session: unknown field '" + f + "'; known fields: " + new java.util.TreeSet<>(known));
            }
        });
        JsonNode agent = root.path("agent");
        String agentId;
        Long version = null;
        if (agent.isTextual()) {
            agentId = agent.asText();
        } else if (agent.isObject()) {
            if (!"agent".equals(agent.path("type").asText())) {
                throw new InvalidRequestException("session: agent.type must be \"agent\"");
            }
            agentId = text(agent.get("id"), "agent.id");
            JsonNode v = agent.get("version");
            if (v != null && !v.isNull()) {
                if (!v.isIntegralNumber()) {
                    throw new InvalidRequestException("session: agent.version must be an integer");
                }
                version = v.asLong();
            }
        } else {
            throw new InvalidRequestException("session: agent is required (an agent id or {\"type\": \"agent\", \"id\": …})");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonNode m = root.get("metadata");
        if (m != null && !m.isNull()) {
            if (!m.isObject()) {
                throw new InvalidRequestException("session: metadata must be an object of strings");
            }
            m.properties().forEach(e -> metadata.put(e.getKey(), text(e.getValue(), "metadata." + e.getKey())));
        }
        JsonNode title = root.get("title");
        JsonNode budget = root.get("budget");
        return new SessionSpec(agentId, version, text(root.get("environment_id"), "environment_id"),
                title == null || title.isNull() ? null : text(title, "title"), dev.harness4j.Metadata.validate(metadata, "metadata"),
                budget == null || budget.isNull() ? null : Budget.fromJson(budget, "session: budget"));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            throw new InvalidRequestException("session: " + field + " must be a string");
        }
        return node.asText();
    }

    /** A copy with a title. */
    public SessionSpec withTitle(String title) {
        return new SessionSpec(agentId, agentVersion, environmentId, Objects.requireNonNull(title), metadata, budget);
    }

    /** A copy with metadata. */
    public SessionSpec withMetadata(Map<String, String> metadata) {
        return new SessionSpec(agentId, agentVersion, environmentId, title, metadata, budget);
    }

    /** A copy with a budget (null for the harness's default). */
    public SessionSpec withBudget(Budget budget) {
        return new SessionSpec(agentId, agentVersion, environmentId, title, metadata, budget);
    }
}

package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.util.Iterator;
import java.util.Set;

/**
 * One entry of a coordinator's roster: another agent ({@code "agent_…"} or {@code {"type":"agent", id, version?}}) or a
 * copy of the coordinator itself ({@code {"type":"self"}}). Stored agents resolve an omitted version to the latest.
 */
public sealed interface RosterEntry {

    /** Another agent, optionally pinned to a version. */
    static AgentRef agent(String id) {
        return new AgentRef(id, null);
    }

    /** Another agent pinned to {@code version}. */
    static AgentRef agent(String id, long version) {
        return new AgentRef(id, version);
    }

    /** A copy of the coordinator. */
    static Self self() {
        return new Self();
    }

    /** A reference to another agent; {@code version} null means the latest. */
    @JsonPropertyOrder({"type", "id", "version"})
    record AgentRef(String id, Long version) implements RosterEntry {
        /** Validates the id and that a given version is at least 1. */
        public AgentRef {
            Check.text(id, "multiagent.agents.id", 1, 256);
            if (version != null && version < 1) {
                throw new InvalidRequestException("multiagent.agents(" + id + ").version must be at least 1");
            }
        }

        /** The wire type, {@code agent}. */
        @JsonProperty("type")
        public String type() {
            return "agent";
        }
    }

    /** The coordinator itself, as a callable copy. */
    record Self() implements RosterEntry {
        /** The wire type, {@code self}. */
        @JsonProperty("type")
        public String type() {
            return "self";
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RosterEntry fromJson(JsonNode node) {
        if (node.isTextual()) {
            return agent(node.asText());
        }
        if (!node.isObject()) {
            throw new InvalidRequestException("multiagent.agents: each entry must be an agent id string or an object");
        }
        String type = node.path("type").asText(null);
        if ("self".equals(type)) {
            onlyFields(node, Set.of("type"), type);
            return self();
        }
        if ("agent".equals(type)) {
            onlyFields(node, Set.of("type", "id", "version"), type);
            JsonNode id = node.get("id");
            JsonNode version = node.get("version");
            if (id == null || !id.isTextual()) {
                throw new InvalidRequestException("multiagent.agents: an entry of type agent needs a string 'id'");
            }
            if (version != null && !version.isNull() && !(version.isIntegralNumber() && version.canConvertToLong())) {
                throw new InvalidRequestException("multiagent.agents(" + id.asText() + ").version must be an integer");
            }
            return new AgentRef(id.asText(), version == null || version.isNull() ? null : version.asLong());
        }
        throw new InvalidRequestException("multiagent.agents: unknown entry type '" + type
                + "'; supported: agent, self");
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String type) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new InvalidRequestException("multiagent.agents: unknown field '" + field
                        + "' on an entry of type " + type);
            }
        }
    }
}

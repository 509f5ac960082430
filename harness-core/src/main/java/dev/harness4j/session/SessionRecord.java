package dev.harness4j.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.Metadata;
import dev.harness4j.agent.Agent;
import dev.harness4j.usage.Budget;
import java.time.Instant;
import java.util.Map;

/**
 * The persistent part of a session (§5.1): its id, the agent version pinned at creation (a full snapshot), the
 * environment, title, metadata, budget (null for none: the harness's default applies) and timestamps. Status, usage
 * and stats are derived from the event log, not stored here.
 */
@JsonPropertyOrder({"id", "type", "agent", "environment_id", "title", "metadata", "budget", "created_at", "updated_at",
    "archived_at"})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record SessionRecord(
        String id,
        Agent agent,
        String environmentId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        Map<String, String> metadata,
        Budget budget,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant archivedAt) {

    /** The wire type. */
    public static final String TYPE = "session";

    /** Validates the required fields and the metadata limits, and copies the metadata. */
    public SessionRecord {
        require(id, "id");
        require(agent, "agent");
        require(environmentId, "environment_id");
        metadata = Metadata.validate(metadata, "session.metadata");
        require(createdAt, "created_at");
        require(updatedAt, "updated_at");
    }

    /** A record without a budget. */
    public SessionRecord(String id, Agent agent, String environmentId, String title, Map<String, String> metadata,
                         Instant createdAt, Instant updatedAt, Instant archivedAt) {
        this(id, agent, environmentId, title, metadata, null, createdAt, updatedAt, archivedAt);
    }

    /** The wire type, {@code session}. */
    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    /** Whether the session is archived (read-only). */
    public boolean archived() {
        return archivedAt != null;
    }

    /** This record with a new title (null clears it), updated at {@code now}. */
    public SessionRecord withTitle(String title, Instant now) {
        return new SessionRecord(id, agent, environmentId, title, metadata, budget, createdAt, now, archivedAt);
    }

    /** This record with new metadata, updated at {@code now}. */
    public SessionRecord withMetadata(Map<String, String> metadata, Instant now) {
        return new SessionRecord(id, agent, environmentId, title, metadata, budget, createdAt, now, archivedAt);
    }

    /** This record archived at {@code now}. */
    public SessionRecord withArchivedAt(Instant now) {
        return new SessionRecord(id, agent, environmentId, title, metadata, budget, createdAt, now, now);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidRequestException("session." + field + " is required");
        }
    }
}

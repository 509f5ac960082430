package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A skill attached to the agent: {@code {"type":"anthropic"|"custom", "skill_id", "version"}}. An omitted version
 * means the latest and resolves to {@code "latest"}. Skills need the toolset's {@code read} tool.
 */
@JsonPropertyOrder({"type", "skill_id", "version"})
public record Skill(Source type, String skillId, String version) {

    /** The version meaning "the newest". */
    public static final String LATEST = "latest";

    /** Where a skill comes from. */
    public enum Source {
        /** A skill published by Anthropic, e.g. {@code xlsx}. */
        @JsonProperty("anthropic") ANTHROPIC,
        /** A skill uploaded by the organisation ({@code skill_…}). */
        @JsonProperty("custom") CUSTOM
    }

    /** Validates the fields; a null version is {@code latest}. */
    public Skill {
        Check.required(type, "skills.type");
        Check.text(skillId, "skills.skill_id", 1, 256);
        version = version == null ? LATEST : Check.text(version, "skills(" + skillId + ").version", 1, 64);
    }

    /** An Anthropic skill at its latest version. */
    public static Skill anthropic(String skillId) {
        return new Skill(Source.ANTHROPIC, skillId, LATEST);
    }

    /** A custom skill at a version ({@code latest} or a number). */
    public static Skill custom(String skillId, String version) {
        return new Skill(Source.CUSTOM, skillId, version);
    }
}

package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A toolset's {@code default_config} ({@code name} null) or one entry of its {@code configs} (one tool by name).
 * {@code enabled} and {@code permissionPolicy} may be null in create parameters, meaning "inherit"; the resolved form
 * on an {@link Agent} fills both. On input the hosted API's echo of the name as {@code type} is accepted and ignored.
 */
@JsonPropertyOrder({"name", "enabled", "permission_policy"})
@JsonIgnoreProperties(value = "type")
public record ToolConfig(String name, Boolean enabled, PermissionPolicy permissionPolicy) {

    /** A default config (no name). */
    public static ToolConfig defaults(Boolean enabled, PermissionPolicy permissionPolicy) {
        return new ToolConfig(null, enabled, permissionPolicy);
    }

    /** A per-tool config. */
    public static ToolConfig of(String name, Boolean enabled, PermissionPolicy permissionPolicy) {
        return new ToolConfig(name, enabled, permissionPolicy);
    }

    /** This config with unset fields taken from {@code fallback} (which is fully resolved). */
    ToolConfig inheriting(ToolConfig fallback) {
        return new ToolConfig(name, enabled != null ? enabled : fallback.enabled,
                permissionPolicy != null ? permissionPolicy : fallback.permissionPolicy);
    }
}

package dev.harness4j.agent;

import java.util.Objects;

/** What the runtime needs to know about one tool of a toolset: whether it is enabled and which policy gates it. */
public record EffectiveToolConfig(String name, boolean enabled, PermissionPolicy permissionPolicy) {
    /** Validates that the name and the policy are present. */
    public EffectiveToolConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permissionPolicy, "permissionPolicy");
    }
}

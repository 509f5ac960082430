package dev.harness4j.hands;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the embedding application contributes to tool calls: a {@link ToolGate} consulted before the agent's
 * permission policies, and in-process {@link CustomToolHandler}s by custom tool name.
 */
public record HostTools(ToolGate gate, Map<String, CustomToolHandler> customHandlers) {

    /** No gate and no handlers. */
    public static final HostTools NONE = new HostTools(ToolGate.DEFAULT, Map.of());

    /** Validates and copies. */
    public HostTools {
        Objects.requireNonNull(gate, "gate");
        customHandlers = Collections.unmodifiableMap(new LinkedHashMap<>(customHandlers));
    }

    /** The handler registered for a custom tool, or null. */
    public CustomToolHandler handler(String name) {
        return customHandlers.get(name);
    }
}

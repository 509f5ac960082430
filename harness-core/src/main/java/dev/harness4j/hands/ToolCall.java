package dev.harness4j.hands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One call of a tool: the id of its {@code agent.tool_use} event, the tool name and the input object. */
public record ToolCall(String id, String name, Map<String, Object> input) {
    /** Validates and copies. */
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        input = input == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(input));
    }

    /** A string field of the input, or null when absent. Throws {@link ToolInputException} when it is not a string. */
    public String string(String field) {
        Object v = input.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new ToolInputException(name + ": " + field + " must be a string");
    }

    /** A required string field of the input. */
    public String requiredString(String field) {
        String s = string(field);
        if (s == null) {
            throw new ToolInputException(name + ": " + field + " is required");
        }
        return s;
    }

    /** A boolean field, or {@code fallback} when absent. */
    public boolean bool(String field, boolean fallback) {
        Object v = input.get(field);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new ToolInputException(name + ": " + field + " must be a boolean");
    }

    /** An integer field, or null when absent. */
    public Long integer(String field) {
        Object v = input.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new ToolInputException(name + ": " + field + " must be an integer");
    }
}

package dev.harness4j.agent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.util.Map;

/** Whether a server-executed tool call runs at once or waits for the user's confirmation; JSON {@code {"type":…}}. */
public enum PermissionPolicy {
    /** The call executes immediately. */
    ALWAYS_ALLOW("always_allow"),
    /** The call waits, the session idles with {@code requires_action}, until a {@code user.tool_confirmation}. */
    ALWAYS_ASK("always_ask");

    private final String wireName;

    PermissionPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** The wire name, e.g. {@code always_allow}. */
    public String wireName() {
        return wireName;
    }

    /** The policy named {@code wireName}; unknown names are refused. */
    public static PermissionPolicy of(String wireName) {
        for (PermissionPolicy p : values()) {
            if (p.wireName.equals(wireName)) {
                return p;
            }
        }
        throw new InvalidRequestException("permission_policy: unknown type '" + wireName
                + "'; supported: always_allow, always_ask");
    }

    @JsonValue
    Map<String, String> toJson() {
        return Map.of("type", wireName);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PermissionPolicy fromJson(JsonNode node) {
        if (node.isTextual()) {
            return of(node.asText());
        }
        if (!node.isObject() || !node.path("type").isTextual()) {
            throw new InvalidRequestException(
                    "permission_policy: expected {\"type\": \"always_allow\"|\"always_ask\"}");
        }
        if (node.size() != 1) {
            throw new InvalidRequestException("permission_policy: only the field 'type' is allowed");
        }
        return of(node.get("type").asText());
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The permission a tool call was evaluated to: {@code allow}, {@code ask} or {@code deny}. */
public enum Permission {
    /** The call runs at once. */
    ALLOW,
    /** The call waits for a {@code user.tool_confirmation}. */
    ASK,
    /** The call is refused. */
    DENY;

    /** The wire name. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name. */
    @JsonCreator
    public static Permission fromWire(String value) {
        return Require.enumValue(Permission.class, value, "evaluated_permission");
    }
}

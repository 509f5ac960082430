package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The answer in a {@code user.tool_confirmation}: {@code allow} or {@code deny}. */
public enum ConfirmationResult {
    /** Run the tool once. */
    ALLOW,
    /** Never run it; the model gets the deny message. */
    DENY;

    /** The wire name. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name. */
    @JsonCreator
    public static ConfirmationResult fromWire(String value) {
        return Require.enumValue(ConfirmationResult.class, value, "result");
    }
}

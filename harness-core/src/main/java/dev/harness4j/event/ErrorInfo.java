package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error object of a {@code session.error}: its type ({@code model_overloaded_error}, …), message, retry status and
 * any extra fields of that type (for example {@code mcp_server_name}).
 */
public record ErrorInfo(String type, String message, RetryStatus retryStatus, @JsonIgnore Map<String, Object> extra) {

    /** Validates and freezes the fields. */
    public ErrorInfo {
        Require.present(type, "session.error error", "type");
        Require.present(message, "session.error error", "message");
        Require.present(retryStatus, "session.error error", "retry_status");
        extra = extra == null ? Map.of() : Require.jsonObject(extra, "session.error error", "extra");
        for (String reserved : new String[] {"type", "message", "retry_status"}) {
            if (extra.containsKey(reserved)) {
                throw new EventValidationException("session.error error: extra field '" + reserved + "' clashes with a named field");
            }
        }
    }

    /** An error without extra fields. */
    public static ErrorInfo of(String type, String message, RetryStatus retryStatus) {
        return new ErrorInfo(type, message, retryStatus, Map.of());
    }

    /** The extra fields, written flat beside the named ones. */
    @JsonAnyGetter
    Map<String, Object> anyGetter() {
        return extra;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ErrorInfo fromJson(Map<String, Object> json) {
        Map<String, Object> rest = new LinkedHashMap<>(json);
        Object type = rest.remove("type");
        Object message = rest.remove("message");
        Object retry = rest.remove("retry_status");
        if (!(type instanceof String t)) {
            throw new EventValidationException("session.error error: type is required");
        }
        if (!(message instanceof String m)) {
            throw new EventValidationException("session.error error: message is required");
        }
        if (!(retry instanceof Map<?, ?> r) || !(r.get("type") instanceof String rt)) {
            throw new EventValidationException("session.error error: retry_status {type} is required");
        }
        return new ErrorInfo(t, m, RetryStatus.fromWire(rt), rest);
    }

    /** Whether the server keeps trying, gave up on the turn, or ends the session. */
    public enum RetryStatus {
        /** Retrying; wait. */
        RETRYING,
        /** The turn is dead; the session returns to idle. */
        EXHAUSTED,
        /** The session will be terminated. */
        TERMINAL;

        /** The wire object {@code {"type": "retrying"}}. */
        @com.fasterxml.jackson.annotation.JsonValue
        Map<String, String> wire() {
            return Map.of("type", name().toLowerCase(java.util.Locale.ROOT));
        }

        /** Parses a wire name. */
        public static RetryStatus fromWire(String value) {
            return Require.enumValue(RetryStatus.class, value, "retry_status.type");
        }
    }
}

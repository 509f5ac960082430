package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** Answers an {@code always_ask} gate for the tool-use event {@code tool_use_id}. */
public record UserToolConfirmation(
        String id,
        String toolUseId,
        ConfirmationResult result,
        String denyMessage,
        String sessionThreadId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant processedAt) implements UserEvent {

    /** The wire type. */
    public static final String TYPE = "user.tool_confirmation";

    /** Validates the fields. */
    public UserToolConfirmation {
        Require.present(toolUseId, TYPE, "tool_use_id");
        Require.present(result, TYPE, "result");
        if (denyMessage != null && result != ConfirmationResult.DENY) {
            throw new EventValidationException(TYPE + ": deny_message is only allowed with result deny");
        }
    }

    /** Allows the call. */
    public static UserToolConfirmation allow(String toolUseId) {
        return new UserToolConfirmation(null, toolUseId, ConfirmationResult.ALLOW, null, null, null);
    }

    /** Denies the call with a message for the model. */
    public static UserToolConfirmation deny(String toolUseId, String denyMessage) {
        return new UserToolConfirmation(null, toolUseId, ConfirmationResult.DENY, denyMessage, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public UserToolConfirmation stamped(String id, Instant processedAt) {
        return new UserToolConfirmation(id, toolUseId, result, denyMessage, sessionThreadId, processedAt);
    }
}

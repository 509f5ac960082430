package dev.harness4j.hands;

import java.util.Map;
import java.util.Objects;

/**
 * The application's in-process say on each tool call, consulted before the agent's configured permission policy.
 * Precedence: {@link Decision.Deny} beats {@link Decision.Ask}, which beats {@link Decision.Allow}, which beats the
 * agent's configured policy; {@link Decision#useDefault()} leaves the agent's policy in charge. Custom tools are not
 * gated (the reference applies permission policies to server-executed tools only).
 */
@FunctionalInterface
public interface ToolGate {

    /** A gate with no opinion: the agent's configured policies decide. */
    ToolGate DEFAULT = (sessionId, toolName, input) -> Decision.useDefault();

    /** Decides one call of {@code toolName} with {@code input} in session {@code sessionId}; must not return null. */
    Decision decide(String sessionId, String toolName, Map<String, Object> input);

    /** What a gate decided for one call. */
    sealed interface Decision {
        /** Run the call now, even if the agent's policy is {@code always_ask}. */
        static Decision allow() {
            return Allow.INSTANCE;
        }

        /** Pause the call until a {@code user.tool_confirmation}, even if the agent's policy is {@code always_allow}. */
        static Decision ask() {
            return Ask.INSTANCE;
        }

        /** Never run the call; the model gets an error result carrying {@code reason}. */
        static Decision deny(String reason) {
            return new Deny(reason);
        }

        /** No opinion: the agent's configured policy decides. */
        static Decision useDefault() {
            return UseDefault.INSTANCE;
        }
    }

    /** Run the call now. */
    enum Allow implements Decision {
        /** The one instance. */
        INSTANCE
    }

    /** Wait for the user's confirmation. */
    enum Ask implements Decision {
        /** The one instance. */
        INSTANCE
    }

    /** No opinion; the agent's configured policy applies. */
    enum UseDefault implements Decision {
        /** The one instance. */
        INSTANCE
    }

    /** Refuse the call with a reason the model sees. */
    record Deny(String reason) implements Decision {
        /** Validates the reason. */
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

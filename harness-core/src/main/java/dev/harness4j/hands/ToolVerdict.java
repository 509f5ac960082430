package dev.harness4j.hands;

import dev.harness4j.event.Permission;
import java.util.Objects;

/** How one tool call was evaluated: {@code allow}, {@code ask}, or {@code deny} with the reason the model sees. */
public record ToolVerdict(Permission permission, String denyReason) {
    /** Run at once. */
    public static final ToolVerdict ALLOW = new ToolVerdict(Permission.ALLOW, null);
    /** Wait for the user's confirmation. */
    public static final ToolVerdict ASK = new ToolVerdict(Permission.ASK, null);

    /** Validates: a reason exactly when denied. */
    public ToolVerdict {
        Objects.requireNonNull(permission, "permission");
        if ((permission == Permission.DENY) != (denyReason != null)) {
            throw new IllegalArgumentException("a deny reason is required with, and only with, deny");
        }
    }

    /** Refused with a reason. */
    public static ToolVerdict deny(String reason) {
        return new ToolVerdict(Permission.DENY, reason);
    }
}

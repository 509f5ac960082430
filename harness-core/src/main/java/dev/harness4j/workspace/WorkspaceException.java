package dev.harness4j.workspace;

import dev.harness4j.HarnessException;

/** A workspace operation was refused or failed; the message names the logical path, never a host path. */
public class WorkspaceException extends HarnessException {
    /** Creates the exception with a message naming the problem. */
    public WorkspaceException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}

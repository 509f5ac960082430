package dev.harness4j.workspace;

/** A write hit the workspace's size cap (or the disk ran out of space); nothing was written. */
public class WorkspaceFullException extends WorkspaceException {
    /** Creates the exception naming the logical path that could not be written. */
    public WorkspaceFullException(String logicalPath, Throwable cause) {
        super("workspace is full: no space left to write " + logicalPath, cause);
    }
}

package dev.harness4j.workspace;

/** A write was asked for a path inside a read-only mount. */
public class ReadOnlyPathException extends WorkspaceException {
    private final String logicalPath;
    private final String mountPath;

    /** Creates the exception naming the canonical logical path and the read-only mount it lies in. */
    public ReadOnlyPathException(String logicalPath, String mountPath) {
        super("read-only path: " + logicalPath + " (mount " + mountPath + " is read-only)");
        this.logicalPath = logicalPath;
        this.mountPath = mountPath;
    }

    /** The canonical logical path that was to be written. */
    public String logicalPath() {
        return logicalPath;
    }

    /** The logical path of the read-only mount. */
    public String mountPath() {
        return mountPath;
    }
}

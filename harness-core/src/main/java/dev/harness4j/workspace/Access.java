package dev.harness4j.workspace;

/** Whether a mount may be written through the workspace. */
public enum Access {
    /** Reads only; writes are refused with {@link ReadOnlyPathException}. */
    READ_ONLY,
    /** Reads and writes. */
    READ_WRITE
}

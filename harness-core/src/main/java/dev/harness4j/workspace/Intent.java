package dev.harness4j.workspace;

/** What the caller is about to do with a resolved path; a write needs a {@link Access#READ_WRITE} mount. */
public enum Intent {
    /** Reading, listing or searching. */
    READ,
    /** Creating, replacing, editing or deleting. */
    WRITE
}

package dev.harness4j.workspace;

/** How a workspace is backed; the bash tool picks its shell by it. */
public enum WorkspaceKind {
    /** A Jimfs file system in the JVM's heap: bash is an interpreter written in Java. */
    IN_MEMORY,
    /** Directories on the host's disk: bash is a real process confined by bubblewrap. */
    HOST_DIRECTORY
}

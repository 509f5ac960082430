package dev.harness4j.tools.bash;

/** What {@code bash} does on a host-directory workspace when bubblewrap is not available. */
public enum HostShellMode {
    /** Refuse every command with an error naming the fix (install bubblewrap). The default. */
    JAILED_ONLY,
    /**
     * Run {@code /bin/bash} unconfined in the workspace directory, with a scrubbed environment and process-tree kill
     * but no filesystem or network isolation; a warning is logged once.
     */
    UNCONFINED_WITHOUT_BUBBLEWRAP
}

package dev.harness4j.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A path the jail has resolved: its canonical logical path, the canonical backing path to operate on, and the mount
 * it lies in. Obtain one from {@link Workspace#resolve}; {@link #toString()} shows the logical path only.
 *
 * @param logical the canonical logical path, inside {@code mount}
 * @param real    the backing path: inside {@code mount.root()}, free of symbolic links as of resolution
 * @param mount   the mount the path lies in
 */
public record WorkspacePath(String logical, Path real, Mount mount) {

    /** Checks that every part is present. */
    public WorkspacePath {
        Objects.requireNonNull(logical, "logical");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(mount, "mount");
    }

    /** The logical path, so that a host path never leaks into a message by accident. */
    @Override
    public String toString() {
        return logical;
    }
}

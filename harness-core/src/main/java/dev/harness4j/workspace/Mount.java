package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.nio.file.Path;
import java.util.List;

/**
 * One mount: a logical absolute directory (for example {@code /workspace}) backed by the directory {@code root} of
 * some file system, readable only or readable and writable.
 *
 * @param path   the logical path: absolute, normalized, not {@code /}, no trailing slash
 * @param root   the absolute backing directory (canonical when the workspace built it)
 * @param access whether writes are allowed
 */
public record Mount(String path, Path root, Access access) {

    /** Validates the logical path and the root. */
    public Mount {
        if (path == null || root == null || access == null) {
            throw new InvalidRequestException("mount needs a path, a root and an access mode");
        }
        if (path.equals("/") || !LogicalPaths.isNormalizedAbsolute(path)) {
            throw new InvalidRequestException(
                    "mount path must be an absolute normalized path below / without a trailing slash: " + path);
        }
        if (!root.isAbsolute()) {
            throw new InvalidRequestException("mount root must be an absolute path: mount " + path);
        }
    }

    /** Whether the normalized absolute logical path is this mount's path or lies below it on a segment boundary. */
    public boolean contains(String logicalAbsolutePath) {
        if (!LogicalPaths.isNormalizedAbsolute(logicalAbsolutePath)) {
            throw new InvalidRequestException("not a normalized absolute logical path: " + logicalAbsolutePath);
        }
        return logicalAbsolutePath.equals(path)
                || (logicalAbsolutePath.startsWith(path) && logicalAbsolutePath.charAt(path.length()) == '/');
    }

    /** The logical path's segments. */
    List<String> segments() {
        return LogicalPaths.segments(path);
    }
}

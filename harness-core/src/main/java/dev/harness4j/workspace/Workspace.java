package dev.harness4j.workspace;

import java.nio.file.Path;

/**
 * A session's sandboxed filesystem: logical paths behind a {@link MountTable}, each resolved through the jail before
 * anything touches it. Create one with {@link Workspaces}; close it to release what it owns. Implementations are
 * safe for concurrent use. Resolution is a check at one moment: a process that swaps a directory for a link between
 * {@code resolve} and use can still race it, which is why host-directory bash also runs under bubblewrap.
 */
public interface Workspace extends AutoCloseable {

    /** The mount table. */
    MountTable mounts();

    /** The working directory relative paths resolve against: {@code /workspace}. */
    String workingDirectory();

    /**
     * Resolves a path for an intent: relative input against the working directory, absolute input as a logical path;
     * every symbolic link followed (leaf and dangling ones too), {@code ..} applied after link resolution.
     *
     * @throws dev.harness4j.InvalidRequestException for null, empty, over-long or NUL-bearing input
     * @throws PathOutsideWorkspaceException         when the canonical location lies outside every mount
     * @throws ReadOnlyPathException                 when {@code intent} is WRITE and the mount is read-only
     * @throws WorkspaceException                    for too many levels of symbolic links or an unreadable link
     */
    WorkspacePath resolve(String path, Intent intent);

    /** The logical path of a backing path under some mount root (for glob and grep results); refuses anything else. */
    String toLogical(Path real);

    /**
     * Writes a file at set-up, privileged: may write into read-only mounts, creates parent directories, still refuses
     * paths that resolve outside every mount.
     */
    void seed(String logicalPath, byte[] content);

    /** How the workspace is backed. */
    WorkspaceKind kind();

    /** Releases the in-memory file system or temporary directories the workspace owns; host directories stay. */
    @Override
    void close();
}

package dev.harness4j.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workspace over directories of the host's disk. A relative link target is followed in the logical namespace (as
 * the sandboxed shell sees it); an absolute link target is a host path, inside only when it lies under a mount root.
 * Read-only mounts are enforced by the jail here and by bubblewrap for bash. The directories are not owned: closing
 * leaves them in place.
 */
final class HostDirectoryWorkspace extends MountedWorkspace {

    HostDirectoryWorkspace(Path workspaceRoot, Path outputsRoot, Path uploadsRoot) {
        this(MountTable.of(List.of(
                new Mount(WORKSPACE, workspaceRoot, Access.READ_WRITE),
                new Mount(OUTPUTS, outputsRoot, Access.READ_WRITE),
                new Mount(UPLOADS, uploadsRoot, Access.READ_ONLY))));
    }

    private HostDirectoryWorkspace(MountTable mounts) {
        super(mounts, new HostBacking(mounts));
    }

    @Override
    public WorkspaceKind kind() {
        return WorkspaceKind.HOST_DIRECTORY;
    }

    @Override
    void release() {
        // The host directories belong to the caller.
    }

    /** Absolute targets are host paths, mapped back through the canonical mount roots. */
    private record HostBacking(MountTable mounts) implements PathResolver.Backing {
        @Override
        public Optional<Path> readLink(Path real) throws IOException {
            return FileSystemLinks.readLink(real);
        }

        @Override
        public Optional<List<String>> logicalSegmentsOfAbsoluteTarget(Path target) {
            return mounts.logicalSegmentsOf(target);
        }
    }
}

package dev.harness4j.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workspace on its own Jimfs file system, where a logical path is the Jimfs path itself and a symbolic link's
 * target is a logical path of the same file system.
 */
final class JimfsWorkspace extends MountedWorkspace {
    private static final Logger LOG = LoggerFactory.getLogger(JimfsWorkspace.class);

    private final FileSystem fileSystem;

    private JimfsWorkspace(FileSystem fileSystem, MountTable mounts) {
        super(mounts, new JimfsBacking());
        this.fileSystem = fileSystem;
    }

    /** Creates the three standard mounts on a fresh Jimfs file system, which the workspace then owns. */
    static JimfsWorkspace create(FileSystem fileSystem) throws IOException {
        Path workspace = Files.createDirectories(fileSystem.getPath(WORKSPACE)).toRealPath();
        Path outputs = Files.createDirectories(fileSystem.getPath(OUTPUTS)).toRealPath();
        Path uploads = Files.createDirectories(fileSystem.getPath(UPLOADS)).toRealPath();
        MountTable mounts = MountTable.of(List.of(
                new Mount(WORKSPACE, workspace, Access.READ_WRITE),
                new Mount(OUTPUTS, outputs, Access.READ_WRITE),
                new Mount(UPLOADS, uploads, Access.READ_ONLY)));
        return new JimfsWorkspace(fileSystem, mounts);
    }

    @Override
    public WorkspaceKind kind() {
        return WorkspaceKind.IN_MEMORY;
    }

    @Override
    void release() {
        try {
            fileSystem.close();
        } catch (IOException e) {
            LOG.warn("closing in-memory workspace file system failed: {}", IoMessages.describe(e));
        }
    }

    /** Link targets on Jimfs are logical paths already. */
    private static final class JimfsBacking implements PathResolver.Backing {
        @Override
        public Optional<Path> readLink(Path real) throws IOException {
            return FileSystemLinks.readLink(real);
        }

        @Override
        public Optional<List<String>> logicalSegmentsOfAbsoluteTarget(Path target) {
            return Optional.of(LogicalPaths.names(target));
        }
    }
}

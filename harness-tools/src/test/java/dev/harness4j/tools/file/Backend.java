package dev.harness4j.tools.file;

import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two kinds of workspace every file-tool test runs on. */
enum Backend {
    IN_MEMORY {
        @Override
        Workspace open(Path tempDir) {
            return Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true));
        }

        @Override
        Path outsideDirectory(Workspace workspace, Path tempDir) throws IOException {
            Path root = workspace.resolve("/workspace", dev.harness4j.workspace.Intent.READ).real();
            return Files.createDirectories(root.getFileSystem().getPath("/outside-of-mounts"));
        }
    },
    HOST_DIRECTORY {
        @Override
        Workspace open(Path tempDir) throws IOException {
            return Workspaces.hostDirectory(Files.createDirectories(tempDir.resolve("ws")),
                    Files.createDirectories(tempDir.resolve("session")));
        }

        @Override
        Path outsideDirectory(Workspace workspace, Path tempDir) throws IOException {
            return Files.createDirectories(tempDir.resolve("outside"));
        }
    };

    /** Opens a fresh workspace of this kind. */
    abstract Workspace open(Path tempDir) throws IOException;

    /** A directory on the same backing file system that no mount covers. */
    abstract Path outsideDirectory(Workspace workspace, Path tempDir) throws IOException;
}

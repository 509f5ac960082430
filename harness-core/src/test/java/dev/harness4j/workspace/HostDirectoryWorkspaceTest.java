package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostDirectoryWorkspaceTest {
    @TempDir
    Path temp;

    @Test
    void mountsTheWorkspaceAndCreatesTheSessionDirectories() throws IOException {
        Path wsDir = Files.createDirectory(temp.resolve("ws"));
        try (Workspace w = Workspaces.hostDirectory(wsDir, temp.resolve("session"))) {
            assertEquals(WorkspaceKind.HOST_DIRECTORY, w.kind());
            assertEquals("/workspace", w.workingDirectory());
            assertEquals(wsDir.toRealPath(), w.mounts().mountFor("/workspace").orElseThrow().root());
            Mount outputs = w.mounts().mountFor("/mnt/session/outputs").orElseThrow();
            Mount uploads = w.mounts().mountFor("/mnt/session/uploads").orElseThrow();
            assertEquals(temp.resolve("session/outputs").toRealPath(), outputs.root());
            assertEquals(temp.resolve("session/uploads").toRealPath(), uploads.root());
            assertEquals(Access.READ_WRITE, outputs.access());
            assertEquals(Access.READ_ONLY, uploads.access());
        }
        assertTrue(Files.isDirectory(wsDir), "closing leaves host directories in place");
        assertTrue(Files.isDirectory(temp.resolve("session/uploads")));
    }

    @Test
    void mountRootsAreCanonical() throws IOException {
        Path real = Files.createDirectory(temp.resolve("real"));
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), real);
        try (Workspace w = Workspaces.hostDirectory(alias, alias.resolve("../session"))) {
            Path root = w.mounts().mountFor("/workspace").orElseThrow().root();
            assertEquals(real.toRealPath(), root);
            assertEquals(root.resolve("f"), w.resolve("f", Intent.WRITE).real());
            // An absolute link target spelled through the alias is not under a canonical root: refused.
            Files.createSymbolicLink(real.resolve("via-alias"), alias.resolve("f"));
            assertThrows(PathOutsideWorkspaceException.class, () -> w.resolve("via-alias", Intent.READ));
            Files.createSymbolicLink(real.resolve("via-root"), real.toRealPath().resolve("sub/../f"));
            assertEquals("/workspace/f", w.resolve("via-root", Intent.READ).logical());
            Path outputs = w.mounts().mountFor("/mnt/session/outputs").orElseThrow().root();
            Files.createSymbolicLink(real.resolve("to-outputs"), outputs.resolve("o.txt"));
            assertEquals("/mnt/session/outputs/o.txt", w.resolve("to-outputs", Intent.WRITE).logical());
        }
    }

    @Test
    void refusesAMissingOrNonDirectoryWorkspace() throws IOException {
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> Workspaces.hostDirectory(temp.resolve("missing"), temp.resolve("s")));
        assertTrue(missing.getMessage().contains("does not exist or is not a directory"), missing.getMessage());
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThrows(InvalidRequestException.class, () -> Workspaces.hostDirectory(file, temp.resolve("s")));
        assertThrows(InvalidRequestException.class, () -> Workspaces.hostDirectory(null, temp.resolve("s")));
        assertThrows(InvalidRequestException.class, () -> Workspaces.hostDirectory(temp, null));
    }

    @Test
    void refusesASessionDirectoryInsideTheWorkspace() throws IOException {
        Path wsDir = Files.createDirectory(temp.resolve("ws"));
        // Uploads would otherwise be writable as /workspace/.session/uploads.
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> Workspaces.hostDirectory(wsDir, wsDir.resolve(".session")));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void sessionDirectoryThatIsAFileIsRefused() throws IOException {
        Path wsDir = Files.createDirectory(temp.resolve("ws"));
        Path file = Files.writeString(temp.resolve("session"), "x");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> Workspaces.hostDirectory(wsDir, file));
        assertTrue(e.getMessage().startsWith("cannot prepare session directory"), e.getMessage());
    }
}

package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkspaceFilesTest extends WorkspaceTestBase {
    private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void writeCreatesParentsAndReadReturnsTheBytes(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        WorkspacePath p = w.resolve("deep/er/file.txt", Intent.WRITE);
        WorkspaceFiles.writeAtomically(w, p, HELLO);
        assertArrayEquals(HELLO, WorkspaceFiles.readAll(w.resolve("deep/er/file.txt", Intent.READ), 100));
        assertArrayEquals(HELLO, WorkspaceFiles.readAll(p, HELLO.length));
        assertEquals(List.of("", "file.txt"), WorkspaceFixtures.listTree(p.real().getParent()));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        w.seed("a.txt", "old old old".getBytes(StandardCharsets.UTF_8));
        WorkspacePath p = w.resolve("a.txt", Intent.WRITE);
        WorkspaceFiles.writeAtomically(w, p, HELLO);
        assertArrayEquals(HELLO, Files.readAllBytes(p.real()));
        assertEquals(List.of("", "a.txt"), WorkspaceFixtures.listTree(p.mount().root()));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void readRefusesLargeMissingAndDirectoryPaths(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        w.seed("big.bin", new byte[1000]);
        WorkspacePath big = w.resolve("big.bin", Intent.READ);
        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> WorkspaceFiles.readAll(big, 999));
        assertEquals("file too large: /workspace/big.bin is 1000 bytes, the cap is 999 bytes", e.getMessage());
        assertEquals(1000, e.sizeBytes());
        assertEquals(999, e.capBytes());
        assertEquals(1000, WorkspaceFiles.readAll(big, 1000).length);
        WorkspaceException missing = assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.readAll(w.resolve("nope.txt", Intent.READ), 10));
        assertEquals("file not found: /workspace/nope.txt", missing.getMessage());
        WorkspaceException dir = assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.readAll(w.resolve(".", Intent.READ), 10));
        assertEquals("is a directory: /workspace", dir.getMessage());
        assertThrows(InvalidRequestException.class, () -> WorkspaceFiles.readAll(big, -1));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void writeRefusesReadOnlyDirectoriesAndFileParentsChangingNothing(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        w.seed("file.txt", HELLO);
        WorkspacePath upload = w.resolve("/mnt/session/uploads/x", Intent.READ);
        assertThrows(ReadOnlyPathException.class, () -> WorkspaceFiles.writeAtomically(w, upload, HELLO));
        assertFalse(Files.exists(upload.real()));
        WorkspaceException dir = assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.writeAtomically(w, w.resolve("/workspace", Intent.WRITE), HELLO));
        assertEquals("is a directory: /workspace", dir.getMessage());
        w.seed("d/inner.txt", HELLO);
        assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.writeAtomically(w, w.resolve("d", Intent.WRITE), HELLO));
        WorkspaceException parent = assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.writeAtomically(w, w.resolve("file.txt/x/y", Intent.WRITE), HELLO));
        assertTrue(parent.getMessage().startsWith("cannot write /workspace/file.txt/x/y"), parent.getMessage());
        Path root = w.resolve("/workspace", Intent.READ).real();
        assertEquals(List.of("", "d", "d/inner.txt", "file.txt"), WorkspaceFixtures.listTree(root));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void writeRefusesAPathFromAnotherWorkspace(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        try (Workspace other = Workspaces.inMemory(InMemoryOptions.defaults())) {
            WorkspacePath foreign = other.resolve("x", Intent.WRITE);
            assertThrows(InvalidRequestException.class, () -> WorkspaceFiles.writeAtomically(w, foreign, HELLO));
            assertFalse(Files.exists(foreign.real()));
        }
    }

    @Test
    void sizeCapGivesWorkspaceFullAndLeavesNothingBehind() throws IOException {
        Workspace w = track(Workspaces.inMemory(InMemoryOptions.defaults().withMaxSizeBytes(64 * 1024)));
        byte[] original = "keep me".getBytes(StandardCharsets.UTF_8);
        w.seed("keep.txt", original);
        byte[] tooBig = new byte[100 * 1024];
        Arrays.fill(tooBig, (byte) 'x');
        Path root = w.resolve("/workspace", Intent.READ).real();
        List<String> before = WorkspaceFixtures.listTree(root);

        WorkspaceFullException full = assertThrows(WorkspaceFullException.class,
                () -> WorkspaceFiles.writeAtomically(w, w.resolve("new/dir/big.bin", Intent.WRITE), tooBig));
        assertEquals("workspace is full: no space left to write /workspace/new/dir/big.bin", full.getMessage());
        assertThrows(WorkspaceFullException.class,
                () -> WorkspaceFiles.writeAtomically(w, w.resolve("keep.txt", Intent.WRITE), tooBig));

        assertEquals(before, WorkspaceFixtures.listTree(root), "no partial file, temp file or new directory");
        assertArrayEquals(original, Files.readAllBytes(root.resolve("keep.txt")));
        // The space of the failed attempts was given back.
        byte[] fits = new byte[48 * 1024];
        WorkspaceFiles.writeAtomically(w, w.resolve("fits.bin", Intent.WRITE), fits);
        assertEquals(fits.length, Files.size(root.resolve("fits.bin")));
    }

    @Test
    void hostOverwriteKeepsTheFilePermissions() throws IOException {
        Workspace w = open(WorkspaceKind.HOST_DIRECTORY);
        w.seed("run.sh", "echo hi\n".getBytes(StandardCharsets.UTF_8));
        Path script = w.resolve("run.sh", Intent.READ).real();
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        WorkspaceFiles.writeAtomically(w, w.resolve("run.sh", Intent.WRITE), "echo bye\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        assertEquals("echo bye\n", Files.readString(script));
    }

    @Test
    void readRefusesAFifo() throws IOException, InterruptedException {
        Workspace ws = open(WorkspaceKind.HOST_DIRECTORY);
        Path fifo = ws.resolve("pipe", Intent.READ).real();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> WorkspaceFiles.readAll(ws.resolve("pipe", Intent.READ), 100));
        assertEquals("not a regular file: /workspace/pipe", e.getMessage());
    }
}

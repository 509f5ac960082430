package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jail's rules for link-free paths, on both kinds of workspace. */
class PathResolutionTest extends WorkspaceTestBase {
    private static final List<String> ESCAPES = List.of(
            "/workspace/../etc/passwd", "../x", "..", "/etc/passwd", "/workspace2/x", "/workspace2",
            "//workspace/../..", "/workspace/./a/../../x", "/", "/mnt", "/mnt/session", "/mnt/session/outputsx",
            "/mnt/session/outputs/../../../etc", "a/../../../workspace2", "../../..", "/workspace/a/../../..");

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void relativeInputResolvesAgainstTheWorkingDirectory(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        assertEquals("/workspace", w.workingDirectory());
        WorkspacePath p = w.resolve("src/Main.java", Intent.WRITE);
        assertEquals("/workspace/src/Main.java", p.logical());
        assertEquals("/workspace", p.mount().path());
        assertEquals(p.mount().root().resolve("src").resolve("Main.java"), p.real());
        assertEquals("/workspace/src/Main.java", p.toString());
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void dotsAndExtraSlashesNormalizeInside(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        assertEquals("/workspace/b", w.resolve("/workspace/a/../b", Intent.WRITE).logical());
        assertEquals("/workspace/a/b", w.resolve("/workspace//a/./b/", Intent.READ).logical());
        assertEquals("/workspace", w.resolve(".", Intent.READ).logical());
        assertEquals("/workspace", w.resolve("./", Intent.READ).logical());
        assertEquals("/workspace", w.resolve("/workspace", Intent.READ).logical());
        assertEquals("/workspace/x", w.resolve("//workspace//x", Intent.READ).logical());
        assertEquals("/workspace/x", w.resolve("../workspace/x", Intent.READ).logical());
        // Parents outside every mount are virtual directories; only the final location counts.
        assertEquals("/workspace/x", w.resolve("/mnt/session/../../workspace/x", Intent.READ).logical());
        assertEquals("/workspace/x", w.resolve("/etc/../workspace/x", Intent.READ).logical());
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void absoluteInputsInsideOtherMountsAreAllowed(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        WorkspacePath out = w.resolve("/mnt/session/outputs/report.md", Intent.WRITE);
        assertEquals("/mnt/session/outputs/report.md", out.logical());
        assertEquals("/mnt/session/outputs", out.mount().path());
        assertTrue(out.real().startsWith(out.mount().root()));
        assertEquals("/mnt/session/uploads/in.csv", w.resolve("/mnt/session/uploads/in.csv", Intent.READ).logical());
        assertEquals("/mnt/session/outputs", w.resolve("../mnt/session/outputs", Intent.READ).logical());
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void escapesAreRefusedForReadAndWrite(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        for (String input : ESCAPES) {
            for (Intent intent : Intent.values()) {
                PathOutsideWorkspaceException e = assertThrows(PathOutsideWorkspaceException.class,
                        () -> w.resolve(input, intent), input);
                assertEquals("path outside the workspace: " + input, e.getMessage());
                assertEquals(input, e.input());
                assertFalse(e.getMessage().contains(temp.toString()), "host path leaked: " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void emptyNullNulAndOverlongInputsAreInvalid(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        assertThrows(InvalidRequestException.class, () -> w.resolve(null, Intent.READ));
        assertThrows(InvalidRequestException.class, () -> w.resolve("", Intent.READ));
        InvalidRequestException nul = assertThrows(InvalidRequestException.class,
                () -> w.resolve("/workspace/a\0b", Intent.READ));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        assertThrows(InvalidRequestException.class, () -> w.resolve("a".repeat(5000), Intent.READ));
        assertThrows(InvalidRequestException.class, () -> w.resolve("a", null));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void uploadsAreReadOnly(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        ReadOnlyPathException e = assertThrows(ReadOnlyPathException.class,
                () -> w.resolve("/mnt/session/uploads/../uploads/data.csv", Intent.WRITE));
        assertEquals("/mnt/session/uploads/data.csv", e.logicalPath());
        assertEquals("/mnt/session/uploads", e.mountPath());
        assertTrue(e.getMessage().contains("/mnt/session/uploads/data.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("mount /mnt/session/uploads is read-only"), e.getMessage());
        assertThrows(ReadOnlyPathException.class, () -> w.resolve("/mnt/session/uploads", Intent.WRITE));
        assertEquals(Access.READ_ONLY, w.resolve("/mnt/session/uploads/data.csv", Intent.READ).mount().access());
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void seedWritesAnywhereInsideIncludingUploads(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        w.seed("/mnt/session/uploads/data/in.csv", csv);
        w.seed("notes/todo.txt", "x".getBytes(StandardCharsets.UTF_8));
        WorkspacePath in = w.resolve("/mnt/session/uploads/data/in.csv", Intent.READ);
        assertArrayEquals(csv, Files.readAllBytes(in.real()));
        assertTrue(Files.isRegularFile(w.resolve("/workspace/notes/todo.txt", Intent.READ).real()));
        assertThrows(PathOutsideWorkspaceException.class, () -> w.seed("/etc/passwd", csv));
        assertThrows(PathOutsideWorkspaceException.class, () -> w.seed("../outside", csv));
        assertThrows(WorkspaceException.class, () -> w.seed("/workspace", csv));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void toLogicalInvertsResolution(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        for (String logical : List.of("/workspace", "/workspace/a/b.txt", "/mnt/session/outputs/o",
                "/mnt/session/uploads/u")) {
            assertEquals(logical, w.toLogical(w.resolve(logical, Intent.READ).real()));
        }
        Path root = w.resolve("/workspace", Intent.READ).real();
        PathOutsideWorkspaceException outside = assertThrows(PathOutsideWorkspaceException.class,
                () -> w.toLogical(root.getParent()));
        assertFalse(outside.getMessage().contains(temp.toString()), outside.getMessage());
        assertThrows(InvalidRequestException.class, () -> w.toLogical(root.resolve("..").resolve("x")));
        assertThrows(InvalidRequestException.class, () -> w.toLogical(root.getFileSystem().getPath("rel")));
        assertThrows(PathOutsideWorkspaceException.class,
                () -> w.toLogical(root.getParent().resolve(root.getFileName() + "2")));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void aClosedWorkspaceRefusesWork(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        w.close();
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> w.resolve("a", Intent.READ));
        assertEquals("workspace is closed", e.getMessage());
        w.close();
    }
}

package dev.harness4j.workspace;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static dev.harness4j.workspace.WorkspaceFixtures.link;
import static dev.harness4j.workspace.WorkspaceFixtures.linkToLogical;
import static dev.harness4j.workspace.WorkspaceFixtures.outsideTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jail follows every symbolic link, on both kinds of workspace. */
class PathSymlinkResolutionTest extends WorkspaceTestBase {
    private Path outside;

    @BeforeEach
    void outsideDirectory() throws IOException {
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "s3cret");
    }

    /** Opens the workspace seeded with a file in a subdirectory and one two levels down. */
    @Override
    Workspace open(WorkspaceKind kind) throws IOException {
        Workspace ws = super.open(kind);
        ws.seed("/workspace/sub/file.txt", "hello".getBytes(StandardCharsets.UTF_8));
        ws.seed("/workspace/a/b/c.txt", "c".getBytes(StandardCharsets.UTF_8));
        return ws;
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void linksToOutsideAreRefused(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/etc", w.kind() == WorkspaceKind.IN_MEMORY ? "/etc" : outside.toString());
        link(w, "/workspace/up", "../..");
        link(w, "/workspace/sub/up3", "../../..");
        for (String input : List.of("etc", "etc/secret", "/workspace/etc/passwd", "up", "up/etc", "sub/up3",
                "sub/up3/x", "etc/../x")) {
            for (Intent intent : Intent.values()) {
                PathOutsideWorkspaceException e = assertThrows(PathOutsideWorkspaceException.class,
                        () -> w.resolve(input, intent), input);
                assertEquals("path outside the workspace: " + input, e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void relativeLinksAreFollowedInTheLogicalNamespace(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/up", "../..");
        // As in the sandboxed shell: /workspace/up is "/", so up/workspace/... is back inside.
        WorkspacePath p = w.resolve("up/workspace/sub/file.txt", Intent.WRITE);
        assertEquals("/workspace/sub/file.txt", p.logical());
        assertEquals(w.resolve("/workspace/sub/file.txt", Intent.READ).real(), p.real());
        assertEquals("/mnt/session/outputs/x", w.resolve("up/mnt/session/outputs/x", Intent.WRITE).logical());
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void linksInsideAreFollowedToTheirCanonicalLocation(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/leaf", "sub/file.txt");
        link(w, "/workspace/dir", "sub");
        linkToLogical(w, "/workspace/abs", "/workspace/sub");
        WorkspacePath canonical = w.resolve("/workspace/sub/file.txt", Intent.READ);
        for (String input : List.of("leaf", "dir/file.txt", "abs/file.txt", "/workspace/dir/../sub/file.txt")) {
            WorkspacePath p = w.resolve(input, Intent.WRITE);
            assertEquals("/workspace/sub/file.txt", p.logical(), input);
            assertEquals(canonical.real(), p.real(), input);
            assertFalse(Files.isSymbolicLink(p.real()), input);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void dotDotAppliesAfterLinkResolution(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/deep", "a/b");
        assertEquals("/workspace/a", w.resolve("deep/..", Intent.READ).logical());
        assertEquals("/workspace/a/b/c.txt", w.resolve("deep/../b/c.txt", Intent.READ).logical());
        link(w, "/workspace/a/b/top", "../../..");
        // a/b/../../.. is / : outside, although the link lives two levels below /workspace.
        assertThrows(PathOutsideWorkspaceException.class, () -> w.resolve("deep/top", Intent.READ));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void danglingLinksAreFollowed(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/out", outsideTarget(w, outside, "new-file"));
        link(w, "/workspace/in", "sub/not-yet.txt");
        PathOutsideWorkspaceException e = assertThrows(PathOutsideWorkspaceException.class,
                () -> w.resolve("out", Intent.WRITE));
        assertEquals("path outside the workspace: out", e.getMessage());
        assertFalse(e.getMessage().contains(temp.toString()));
        WorkspacePath in = w.resolve("in", Intent.WRITE);
        assertEquals("/workspace/sub/not-yet.txt", in.logical());
        WorkspaceFiles.writeAtomically(w, in, "now".getBytes(StandardCharsets.UTF_8));
        assertEquals("now", Files.readString(w.resolve("/workspace/in", Intent.READ).real()));
        assertTrue(Files.isSymbolicLink(WorkspaceFixtures.backing(w, "/workspace/in")), "the link stays a link");
        assertFalse(Files.exists(outside.resolve("new-file"), LinkOption.NOFOLLOW_LINKS));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void linkLoopsAndLongChainsStopAtFortyLinks(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        link(w, "/workspace/self", "self");
        link(w, "/workspace/ping", "pong");
        link(w, "/workspace/pong", "ping");
        for (String input : List.of("self", "ping/x", "/workspace/pong")) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> w.resolve(input, Intent.READ));
            assertEquals("too many levels of symbolic links: " + input, e.getMessage());
        }
        link(w, "/workspace/chain40", "sub");
        for (int i = 39; i >= 0; i--) {
            link(w, "/workspace/chain" + i, "chain" + (i + 1));
        }
        // chain1 -> ... -> chain40 -> sub is 40 links; chain0 adds the 41st.
        assertEquals("/workspace/sub/file.txt", w.resolve("chain1/file.txt", Intent.READ).logical());
        assertThrows(WorkspaceException.class, () -> w.resolve("chain0/file.txt", Intent.READ));
    }

    @ParameterizedTest
    @MethodSource("dev.harness4j.workspace.WorkspaceFixtures#kinds")
    void linksIntoUploadsCannotBeWrittenThrough(WorkspaceKind kind) throws IOException {
        Workspace w = open(kind);
        w.seed("/mnt/session/uploads/in.csv", new byte[] {1});
        linkToLogical(w, "/workspace/uploads", "/mnt/session/uploads");
        link(w, "/workspace/rel-uploads", "../mnt/session/uploads/in.csv");
        for (String input : List.of("uploads/in.csv", "uploads/new.csv", "rel-uploads", "uploads")) {
            ReadOnlyPathException e = assertThrows(ReadOnlyPathException.class,
                    () -> w.resolve(input, Intent.WRITE), input);
            assertEquals("/mnt/session/uploads", e.mountPath());
        }
        assertEquals("/mnt/session/uploads/in.csv", w.resolve("rel-uploads", Intent.READ).logical());
    }
}

package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.test.gen.PathGenerators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

/**
 * Property (3): a host directory seeded with escaping symbolic links (absolute to an outside directory, relative above
 * the root, dangling, chained, looping) never yields a resolved location outside the mount roots, a write through a
 * dangling link to outside is refused, and real writes through whatever resolves leave the outside untouched.
 */
class HostSymlinkJailPropertiesTest {
    private static final long SEED = 0x0DD_BA11L;
    /** Prefixes that all lexically come back to /workspace. */
    private static final List<String> BACK_TO_WORKSPACE = List.of(
            "", "./", "/workspace/", "//workspace/./", "sub/../", "inside/../", "absin/../", "a/b/../../",
            "/mnt/session/../../workspace/", "../workspace/", "/mnt/session/uploads/w/");
    /** Links (and paths through links) whose canonical location is outside, dangling or not. */
    private static final List<String> ESCAPING = List.of(
            "dangling", "chain3", "dangling-rel", "abs/new", "absfile", "rel/new", "chain1/new", "sub/up/x",
            "sessionparent/new", "/mnt/session/outputs/back/new", "abs", "rel", "chain1");

    @TempDir
    Path temp;
    private Path outside;
    private Workspace ws;

    @BeforeEach
    void tree() throws IOException {
        outside = JailTrees.outsideDirectory(temp);
        ws = JailTrees.open(WorkspaceKind.HOST_DIRECTORY, temp);
        JailTrees.seedTree(ws, temp, outside);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void noResolvedLocationIsOutsideTheMountRoots() {
        List<Path> roots = JailTrees.roots(ws);
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(PathGenerators.paths(JailTrees.NAMES), Generate.enumValues(Intent.class))
                .checkAssert((input, intent) -> {
                    WorkspacePath p = JailTrees.resolveOrNull(ws, input, intent);
                    if (p == null) {
                        return;
                    }
                    try {
                        JailTrees.assertCanonicalInside(p.real(), roots);
                    } catch (IOException e) {
                        fail(input + ": " + e);
                    }
                });
    }

    @Test
    void writesThroughEscapingLinksAreRefused() {
        Gen<String> inputs = Generate.pick(BACK_TO_WORKSPACE)
                .zip(Generate.pick(ESCAPING), (prefix, link) -> link.startsWith("/") ? link : prefix + link);
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(inputs, Generate.enumValues(Intent.class))
                .checkAssert((input, intent) -> {
                    PathOutsideWorkspaceException e = assertThrows(PathOutsideWorkspaceException.class,
                            () -> ws.resolve(input, intent), input);
                    assertEquals("path outside the workspace: " + input, e.getMessage());
                });
    }

    @Test
    void realWritesThroughResolvedPathsNeverTouchTheOutside() throws IOException {
        List<String> outsideBefore = JailTrees.snapshot(outside);
        Path uploads = ws.mounts().mountFor("/mnt/session/uploads").orElseThrow().root();
        List<String> uploadsBefore = JailTrees.snapshot(uploads);
        byte[] bytes = "written\n".getBytes(StandardCharsets.UTF_8);
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(PathGenerators.paths(JailTrees.NAMES))
                .checkAssert(input -> {
                    try {
                        WorkspaceFiles.writeAtomically(ws, ws.resolve(input, Intent.WRITE), bytes);
                    } catch (WorkspaceException | InvalidRequestException refused) {
                        // Refused, a directory, a file used as a directory: all fine, as long as nothing leaked.
                    }
                    try {
                        assertEquals(outsideBefore, JailTrees.snapshot(outside), input);
                        assertEquals(uploadsBefore, JailTrees.snapshot(uploads), input);
                    } catch (IOException e) {
                        fail(input + ": " + e);
                    }
                });
    }
}

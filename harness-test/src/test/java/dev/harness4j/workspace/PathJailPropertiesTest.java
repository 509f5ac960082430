package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.test.gen.PathGenerators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

/**
 * Jail properties on both kinds of workspace: (1) a resolved path never leaves its mount, (2) on link-free trees the
 * jail agrees with lexical normalisation, (4) nothing under uploads can be resolved for writing. Property (3), host
 * directories seeded with escaping links, is in {@link HostSymlinkJailPropertiesTest}.
 */
class PathJailPropertiesTest {
    private static final long SEED = 0x5EED_1A11L;
    private static final List<String> MOUNTS = List.of("/workspace", "/mnt/session/outputs", "/mnt/session/uploads");
    private static final String UPLOADS = "/mnt/session/uploads";

    @TempDir
    Path temp;
    private final List<Workspace> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Workspace::close);
    }

    @Test
    void resolvedPathsNeverLeaveTheirMountInMemory() throws IOException {
        resolvedPathsNeverLeaveTheirMount(linkedTree(WorkspaceKind.IN_MEMORY));
    }

    @Test
    void resolvedPathsNeverLeaveTheirMountOnTheHost() throws IOException {
        resolvedPathsNeverLeaveTheirMount(linkedTree(WorkspaceKind.HOST_DIRECTORY));
    }

    @Test
    void linkFreeTreesAgreeWithLexicalNormalisationInMemory() {
        Workspace ws = track(Workspaces.inMemory(InMemoryOptions.defaults()));
        JailTrees.seedFiles(ws);
        agreesWithLexicalModel(ws);
    }

    @Test
    void linkFreeTreesAgreeWithLexicalNormalisationOnTheHost() throws IOException {
        Workspace ws = track(Workspaces.hostDirectory(Files.createDirectory(temp.resolve("ws")), temp.resolve("s")));
        JailTrees.seedFiles(ws);
        agreesWithLexicalModel(ws);
    }

    @Test
    void nothingUnderUploadsResolvesForWritingInMemory() throws IOException {
        nothingUnderUploadsResolvesForWriting(linkedTree(WorkspaceKind.IN_MEMORY));
    }

    @Test
    void nothingUnderUploadsResolvesForWritingOnTheHost() throws IOException {
        nothingUnderUploadsResolvesForWriting(linkedTree(WorkspaceKind.HOST_DIRECTORY));
    }

    /** Property (1): refused with a typed exception, or inside its mount on a segment boundary, logically and really. */
    private void resolvedPathsNeverLeaveTheirMount(Workspace ws) {
        List<Path> roots = JailTrees.roots(ws);
        qt().withFixedSeed(SEED).withExamples(2500)
                .forAll(PathGenerators.paths(JailTrees.NAMES), Generate.enumValues(Intent.class))
                .checkAssert((input, intent) -> {
                    WorkspacePath p = JailTrees.resolveOrNull(ws, input, intent);
                    if (p == null) {
                        return;
                    }
                    assertTrue(ws.mounts().mounts().contains(p.mount()), input);
                    assertEquals(Boolean.TRUE, p.mount().contains(p.logical()), input + " -> " + p.logical());
                    assertEquals(p.mount(), ws.mounts().mountFor(p.logical()).orElseThrow(), input);
                    assertTrue(p.real().startsWith(p.mount().root()), input);
                    assertEquals(p.logical(), ws.toLogical(p.real()), input);
                    if (intent == Intent.WRITE) {
                        assertEquals(Access.READ_WRITE, p.mount().access(), input);
                    }
                    canonical(p.real(), roots);
                });
    }

    /** Property (2): with no links, the jail is lexical normalisation against /workspace plus a mount check. */
    private void agreesWithLexicalModel(Workspace ws) {
        qt().withFixedSeed(SEED).withExamples(1500)
                .forAll(PathGenerators.paths())
                .checkAssert(input -> {
                    if (input.isEmpty()) {
                        assertThrows(InvalidRequestException.class, () -> ws.resolve(input, Intent.READ));
                        return;
                    }
                    String expected = lexicalNormalise(input);
                    boolean inside = MOUNTS.stream().anyMatch(m -> under(expected, m));
                    if (!inside) {
                        assertThrows(PathOutsideWorkspaceException.class, () -> ws.resolve(input, Intent.READ), input);
                        assertThrows(PathOutsideWorkspaceException.class, () -> ws.resolve(input, Intent.WRITE), input);
                        return;
                    }
                    WorkspacePath read = ws.resolve(input, Intent.READ);
                    assertEquals(expected, read.logical(), input);
                    if (under(expected, UPLOADS)) {
                        assertThrows(ReadOnlyPathException.class, () -> ws.resolve(input, Intent.WRITE), input);
                    } else {
                        assertEquals(read, ws.resolve(input, Intent.WRITE), input);
                    }
                });
    }

    /** Property (4): a write never resolves to anything under uploads, through links or not. */
    private void nothingUnderUploadsResolvesForWriting(Workspace ws) {
        Path uploadsRoot = ws.mounts().mountFor(UPLOADS).orElseThrow().root();
        Gen<String> towardUploads = Generate.oneOf(
                PathGenerators.pathsUnder(UPLOADS, JailTrees.NAMES),
                PathGenerators.pathsUnder("../mnt/session/uploads", JailTrees.NAMES),
                PathGenerators.pathsUnder("/workspace/to-uploads", JailTrees.NAMES),
                PathGenerators.pathsUnder("to-uploads", JailTrees.NAMES),
                PathGenerators.paths(JailTrees.NAMES));
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(towardUploads)
                .checkAssert(input -> {
                    WorkspacePath read = JailTrees.resolveOrNull(ws, input, Intent.READ);
                    WorkspacePath write;
                    try {
                        write = ws.resolve(input, Intent.WRITE);
                    } catch (ReadOnlyPathException e) {
                        assertTrue(read != null && under(read.logical(), UPLOADS), input);
                        return;
                    } catch (WorkspaceException | InvalidRequestException e) {
                        assertTrue(read == null, "READ resolved but WRITE failed otherwise: " + input + ": " + e);
                        return;
                    }
                    assertEquals(read, write, input);
                    assertEquals(Access.READ_WRITE, write.mount().access(), input);
                    assertFalse(under(write.logical(), UPLOADS), input);
                    assertFalse(write.real().startsWith(uploadsRoot), input);
                });
    }

    /** The independent model: POSIX-free lexical normalisation against the working directory. */
    static String lexicalNormalise(String input) {
        List<String> stack = new ArrayList<>();
        if (!input.startsWith("/")) {
            stack.add("workspace");
        }
        for (String segment : input.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
            } else {
                stack.add(segment);
            }
        }
        return "/" + String.join("/", stack);
    }

    static boolean under(String logical, String mount) {
        return logical.equals(mount) || logical.startsWith(mount + "/");
    }

    private static void canonical(Path real, List<Path> roots) {
        try {
            JailTrees.assertCanonicalInside(real, roots);
        } catch (IOException e) {
            fail("cannot inspect " + real + ": " + e);
        }
    }

    private Workspace linkedTree(WorkspaceKind kind) throws IOException {
        Path outside = JailTrees.outsideDirectory(temp);
        Workspace ws = track(JailTrees.open(kind, temp));
        JailTrees.seedTree(ws, temp, outside);
        return ws;
    }

    private Workspace track(Workspace ws) {
        open.add(ws);
        return ws;
    }
}

package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.test.gen.PathGenerators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded trees for the jail properties: files, escaping links, benign links; and the canonical-location check. */
final class JailTrees {
    /** Names of the links {@link #seedLinks} creates (some in subdirectories). */
    static final List<String> LINK_NAMES = List.of(
            "abs", "absfile", "rel", "up", "dangling", "dangling-rel", "chain1", "chain2", "chain3", "inside",
            "absin", "loop", "to-uploads", "back", "sessionparent", "w");

    /** Plain names, link names and the names of seeded files. */
    static final List<String> NAMES = concat(PathGenerators.NAMES, LINK_NAMES, List.of("sub", "secret", "missing"));

    private JailTrees() {
    }

    /** Creates {@code temp/outside} holding a file {@code secret}: the directory escaping host links point into. */
    static Path outsideDirectory(Path temp) throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "s3cret");
        return outside;
    }

    /** Opens an empty workspace of {@code kind} with links enabled; a host one in {@code temp/ws}, {@code temp/session}. */
    static Workspace open(WorkspaceKind kind, Path temp) throws IOException {
        if (kind == WorkspaceKind.IN_MEMORY) {
            return Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true));
        }
        return Workspaces.hostDirectory(Files.createDirectories(temp.resolve("ws")), temp.resolve("session"));
    }

    /** Seeds a workspace from {@link #open} with the files and the links ({@link #seedFiles}, {@link #seedLinks}). */
    static void seedTree(Workspace ws, Path temp, Path outside) throws IOException {
        seedFiles(ws);
        seedLinks(ws, outside, temp.resolve("session"));
    }

    /** Seeds regular files in every mount. */
    static void seedFiles(Workspace ws) {
        byte[] text = "text\n".getBytes(StandardCharsets.UTF_8);
        for (String f : List.of("/workspace/file.txt", "/workspace/sub/file.txt", "/workspace/a/b/file.txt",
                "/workspace/workspace/file.txt", "/mnt/session/outputs/file.txt", "/mnt/session/uploads/file.txt",
                "/mnt/session/uploads/a/file.txt")) {
            ws.seed(f, text);
        }
    }

    /**
     * Seeds links that escape (absolute to {@code outside} or to {@code /etc} on Jimfs, relative above the root,
     * dangling, chained, looping) and links that stay inside (relative, absolute, into uploads, out of uploads).
     */
    static void seedLinks(Workspace ws, Path outside, Path sessionDir) throws IOException {
        boolean memory = ws.kind() == WorkspaceKind.IN_MEMORY;
        link(ws, "/workspace/abs", memory ? "/etc" : outside.toString());
        link(ws, "/workspace/absfile", memory ? "/etc/secret" : outside.resolve("secret").toString());
        link(ws, "/workspace/rel", "../../..");
        link(ws, "/workspace/sub/up", "../..");
        link(ws, "/workspace/dangling", memory ? "/etc/missing" : outside.resolve("missing").toString());
        link(ws, "/workspace/dangling-rel", "../../../outside-missing");
        link(ws, "/workspace/chain1", "chain2");
        link(ws, "/workspace/chain2", "abs");
        link(ws, "/workspace/chain3", "dangling");
        link(ws, "/workspace/inside", "sub");
        link(ws, "/workspace/absin", memory ? "/workspace/sub" : real(ws, "/workspace/sub").toString());
        link(ws, "/workspace/a/loop", "loop");
        link(ws, "/workspace/to-uploads",
                memory ? "/mnt/session/uploads" : real(ws, "/mnt/session/uploads").toString());
        link(ws, "/mnt/session/outputs/back", "../../../workspace/abs");
        link(ws, "/workspace/sessionparent", memory ? "/mnt/session" : sessionDir.toRealPath().toString());
        link(ws, "/mnt/session/uploads/w", "../../../workspace");
    }

    /** Asserts that {@code real} is inside a root and is its own canonical form: no link anywhere along it. */
    static void assertCanonicalInside(Path real, List<Path> roots) throws IOException {
        assertTrue(roots.stream().anyMatch(real::startsWith), "outside every root: " + real);
        assertEquals(real.normalize(), real, "not normalized: " + real);
        Path existing = null;
        for (Path p = real; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                assertFalse(Files.isSymbolicLink(p), "a symbolic link in the resolved path: " + p);
                if (existing == null) {
                    existing = p;
                }
            }
        }
        assertTrue(existing != null, "nothing of " + real + " exists");
        Path canonical = existing.toRealPath();
        assertEquals(existing, canonical, "not canonical: " + existing);
        assertTrue(roots.stream().anyMatch(canonical::startsWith), "canonical location outside: " + canonical);
    }

    /** The resolved location, or null if the jail refuses {@code input} with a typed exception. */
    static WorkspacePath resolveOrNull(Workspace ws, String input, Intent intent) {
        try {
            return ws.resolve(input, intent);
        } catch (WorkspaceException | InvalidRequestException e) {
            return null;
        }
    }

    /** The canonical mount roots of a workspace. */
    static List<Path> roots(Workspace ws) {
        return ws.mounts().mounts().stream().map(Mount::root).toList();
    }

    /** Every entry under {@code dir} with its size (or "dir"/"link"), sorted: a snapshot to compare. */
    static List<String> snapshot(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String kind = Files.isSymbolicLink(p) ? "link"
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : Long.toString(Files.size(p));
                out.add(dir.relativize(p) + " " + kind);
            }
        }
        out.sort(null);
        return out;
    }

    private static Path real(Workspace ws, String logical) {
        return ws.resolve(logical, Intent.READ).real();
    }

    private static void link(Workspace ws, String at, String target) throws IOException {
        int slash = at.lastIndexOf('/');
        Path parent = ws.resolve(at.substring(0, slash), Intent.READ).real();
        Files.createDirectories(parent);
        Path link = parent.resolve(at.substring(slash + 1));
        Files.createSymbolicLink(link, link.getFileSystem().getPath(target));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }
}

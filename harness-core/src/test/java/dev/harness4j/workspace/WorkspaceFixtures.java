package dev.harness4j.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds workspaces of both kinds for tests, and symbolic links inside them. */
final class WorkspaceFixtures {
    private WorkspaceFixtures() {
    }

    /** The kinds, as a parameter source. */
    static Stream<WorkspaceKind> kinds() {
        return Stream.of(WorkspaceKind.values());
    }

    /** A workspace of {@code kind} with symbolic links enabled; host directories go under {@code temp}. */
    static Workspace create(WorkspaceKind kind, Path temp) throws IOException {
        if (kind == WorkspaceKind.IN_MEMORY) {
            return Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true));
        }
        Path ws = Files.createDirectories(temp.resolve("ws"));
        return Workspaces.hostDirectory(ws, temp.resolve("session"));
    }

    /** The backing path of a logical path, without following a link at its end. */
    static Path backing(Workspace ws, String logical) {
        int slash = logical.lastIndexOf('/');
        WorkspacePath parent = ws.resolve(logical.substring(0, slash), Intent.READ);
        return parent.real().resolve(logical.substring(slash + 1));
    }

    /** Creates a link at the logical path {@code link} whose raw target is {@code target}. */
    static void link(Workspace ws, String link, String target) throws IOException {
        Path at = backing(ws, link);
        Files.createSymbolicLink(at, at.getFileSystem().getPath(target));
    }

    /** Creates a link at {@code link} to a logical path, spelled as the backing file system needs (absolute). */
    static void linkToLogical(Workspace ws, String link, String logicalTarget) throws IOException {
        Path at = backing(ws, link);
        Path target = ws.kind() == WorkspaceKind.IN_MEMORY
                ? at.getFileSystem().getPath(logicalTarget)
                : ws.resolve(logicalTarget, Intent.READ).real();
        Files.createSymbolicLink(at, target);
    }

    /** A host or Jimfs absolute target that lies outside every mount, beneath {@code outside} for host workspaces. */
    static String outsideTarget(Workspace ws, Path outside, String name) {
        return ws.kind() == WorkspaceKind.IN_MEMORY ? "/etc/" + name : outside.resolve(name).toString();
    }

    /** Every regular file and directory under {@code dir}, as relative strings, sorted. */
    static List<String> listTree(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(p -> out.add(dir.relativize(p).toString()));
        }
        out.sort(null);
        return out;
    }
}

package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceMountTableTest {
    private static final Mount WS = new Mount("/workspace", Path.of("/srv/ws"), Access.READ_WRITE);
    private static final Mount OUT = new Mount("/mnt/session/outputs", Path.of("/srv/s/outputs"), Access.READ_WRITE);
    private static final Mount UP = new Mount("/mnt/session/uploads", Path.of("/srv/s/uploads"), Access.READ_ONLY);
    private static final MountTable TABLE = MountTable.of(List.of(WS, OUT, UP));

    @ParameterizedTest
    @ValueSource(strings = {"workspace", "/workspace/", "/", "//workspace", "/a/./b", "/a/../b", "/a//b", "/.", "a\0b"})
    void mountPathMustBeAbsoluteNormalizedAndBelowRoot(String path) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new Mount(path, Path.of("/srv"), Access.READ_ONLY));
        assertTrue(e.getMessage().contains("mount path"), e.getMessage());
    }

    @Test
    void mountRootMustBeAbsoluteAndPartsPresent() {
        assertThrows(InvalidRequestException.class, () -> new Mount("/workspace", Path.of("ws"), Access.READ_ONLY));
        assertThrows(InvalidRequestException.class, () -> new Mount("/workspace", null, Access.READ_ONLY));
        assertThrows(InvalidRequestException.class, () -> new Mount(null, Path.of("/ws"), Access.READ_ONLY));
        assertThrows(InvalidRequestException.class, () -> new Mount("/workspace", Path.of("/ws"), null));
    }

    @Test
    void containsIsOnSegmentBoundaries() {
        assertTrue(WS.contains("/workspace"));
        assertTrue(WS.contains("/workspace/a/b"));
        assertFalse(WS.contains("/workspace2"));
        assertFalse(WS.contains("/workspace2/a"));
        assertFalse(WS.contains("/"));
        assertThrows(InvalidRequestException.class, () -> WS.contains("/workspace/../etc"));
    }

    @Test
    void longestPrefixOnWholeSegments() {
        assertEquals(Optional.of(WS), TABLE.mountFor("/workspace"));
        assertEquals(Optional.of(WS), TABLE.mountFor("/workspace/a/b"));
        assertEquals(Optional.empty(), TABLE.mountFor("/workspace2"));
        assertEquals(Optional.empty(), TABLE.mountFor("/workspace2/x"));
        assertEquals(Optional.of(OUT), TABLE.mountFor("/mnt/session/outputs/x"));
        assertEquals(Optional.of(UP), TABLE.mountFor("/mnt/session/uploads"));
        assertEquals(Optional.empty(), TABLE.mountFor("/mnt/session"));
        assertEquals(Optional.empty(), TABLE.mountFor("/mnt/session/outputsx"));
        assertEquals(Optional.empty(), TABLE.mountFor("/"));
    }

    @Test
    void nestedMountWinsOverItsParent() {
        Mount data = new Mount("/workspace/data", Path.of("/srv/ws/data"), Access.READ_ONLY);
        MountTable nested = MountTable.of(List.of(WS, data));
        assertEquals(Optional.of(data), nested.mountFor("/workspace/data/x"));
        assertEquals(Optional.of(WS), nested.mountFor("/workspace/database"));
        assertEquals(Optional.of(data), nested.mountForReal(Path.of("/srv/ws/data/x")));
    }

    @Test
    void lookupRefusesPathsThatAreNotNormalized() {
        for (String bad : new String[] {"workspace", "/workspace/../etc", "/workspace/", "//workspace", ""}) {
            assertThrows(InvalidRequestException.class, () -> TABLE.mountFor(bad), bad);
        }
    }

    @Test
    void refusesEmptyDuplicateAndNullMounts() {
        assertThrows(InvalidRequestException.class, () -> MountTable.of(List.of()));
        assertThrows(InvalidRequestException.class, () -> MountTable.of(null));
        Mount again = new Mount("/workspace", Path.of("/elsewhere"), Access.READ_ONLY);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> MountTable.of(List.of(WS, again)));
        assertTrue(e.getMessage().contains("duplicate mount path: /workspace"), e.getMessage());
        List<Mount> withNull = new ArrayList<>();
        withNull.add(WS);
        withNull.add(null);
        assertThrows(InvalidRequestException.class, () -> MountTable.of(withNull));
    }

    @Test
    void refusesRootsThatOverlapInconsistently() {
        // The session directory inside the workspace would make uploads writable through /workspace.
        Mount uploadsInsideWorkspace = new Mount("/mnt/session/uploads", Path.of("/srv/ws/.s/uploads"),
                Access.READ_ONLY);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> MountTable.of(List.of(WS, uploadsInsideWorkspace)));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        Mount sameRoot = new Mount("/other", Path.of("/srv/ws"), Access.READ_ONLY);
        assertThrows(InvalidRequestException.class, () -> MountTable.of(List.of(WS, sameRoot)));
        Mount nestedElsewhere = new Mount("/workspace/data", Path.of("/srv/data"), Access.READ_ONLY);
        assertThrows(InvalidRequestException.class, () -> MountTable.of(List.of(WS, nestedElsewhere)));
    }

    @Test
    void mountsKeepTheirOrderAndCannotBeChanged() {
        assertEquals(List.of(WS, OUT, UP), TABLE.mounts());
        assertThrows(UnsupportedOperationException.class, () -> TABLE.mounts().add(WS));
    }

    @Test
    void realPathsMapBackToLogicalOnlyUnderARoot() {
        assertEquals(Optional.of(List.of("workspace", "a", "b")), TABLE.logicalSegmentsOf(Path.of("/srv/ws/a/b")));
        assertEquals(Optional.of(List.of("workspace")), TABLE.logicalSegmentsOf(Path.of("/srv/ws")));
        assertEquals(Optional.empty(), TABLE.logicalSegmentsOf(Path.of("/srv/ws2/a")));
        assertEquals(Optional.empty(), TABLE.logicalSegmentsOf(Path.of("/srv/other/../ws/a")));
    }
}

package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JimfsWorkspaceTest {

    @Test
    void createsTheStandardMountsOnItsOwnFileSystem() {
        try (Workspace a = Workspaces.inMemory(InMemoryOptions.defaults());
             Workspace b = Workspaces.inMemory(InMemoryOptions.defaults())) {
            assertEquals(WorkspaceKind.IN_MEMORY, a.kind());
            assertEquals("/workspace", a.workingDirectory());
            assertEquals(3, a.mounts().mounts().size());
            assertEquals(Access.READ_WRITE, a.mounts().mountFor("/workspace").orElseThrow().access());
            assertEquals(Access.READ_WRITE, a.mounts().mountFor("/mnt/session/outputs").orElseThrow().access());
            assertEquals(Access.READ_ONLY, a.mounts().mountFor("/mnt/session/uploads").orElseThrow().access());
            for (Mount m : a.mounts().mounts()) {
                assertEquals(m.path(), m.root().toString(), "logical path == Jimfs path");
                assertTrue(Files.isDirectory(m.root()));
            }
            a.seed("only-in-a.txt", new byte[] {1});
            assertTrue(Files.exists(a.resolve("only-in-a.txt", Intent.READ).real()));
            assertFalse(Files.exists(b.resolve("only-in-a.txt", Intent.READ).real()));
            assertNotEquals(a.resolve("x", Intent.READ).real().getFileSystem(),
                    b.resolve("x", Intent.READ).real().getFileSystem());
        }
    }

    @Test
    void symbolicLinksAreOffUnlessAskedFor() throws IOException {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            Path link = w.resolve("l", Intent.WRITE).real();
            assertThrows(UnsupportedOperationException.class,
                    () -> Files.createSymbolicLink(link, link.getFileSystem().getPath("/etc")));
            Path target = w.resolve("t", Intent.WRITE).real();
            assertThrows(UnsupportedOperationException.class, () -> Files.createLink(link, target));
        }
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true))) {
            Path link = w.resolve("l", Intent.WRITE).real();
            Files.createSymbolicLink(link, link.getFileSystem().getPath("/etc"));
            assertThrows(PathOutsideWorkspaceException.class, () -> w.resolve("l", Intent.READ));
        }
    }

    @Test
    void namedFileSystemsMustBeUniqueWhileOpenAndUseTheClock() throws IOException {
        Instant t = Instant.parse("2026-04-01T12:00:00Z");
        Clock clock = Clock.fixed(t, ZoneOffset.UTC);
        try (Workspace w = Workspaces.inMemory("jimfs-workspace-test-named", InMemoryOptions.defaults(), clock)) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> Workspaces.inMemory("jimfs-workspace-test-named", InMemoryOptions.defaults(), clock));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            w.seed("f", new byte[] {1});
            assertEquals(t, Files.getLastModifiedTime(w.resolve("f", Intent.READ).real()).toInstant());
        }
        // Closed, the name is free again.
        Workspaces.inMemory("jimfs-workspace-test-named", InMemoryOptions.defaults(), clock).close();
        assertThrows(InvalidRequestException.class,
                () -> Workspaces.inMemory("", InMemoryOptions.defaults(), clock));
        assertThrows(InvalidRequestException.class,
                () -> Workspaces.inMemory("has space", InMemoryOptions.defaults(), clock));
    }

    @Test
    void closeReleasesTheFileSystem() {
        Workspace w = Workspaces.inMemory(InMemoryOptions.defaults());
        Path real = w.resolve("x", Intent.WRITE).real();
        w.close();
        assertFalse(real.getFileSystem().isOpen());
        assertThrows(ClosedFileSystemException.class, () -> Files.exists(real));
    }

    @Test
    void optionsValidateTheCap() {
        assertEquals(new InMemoryOptions(1L << 30, false), InMemoryOptions.defaults());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new InMemoryOptions(100, true));
        assertTrue(e.getMessage().contains("at least 8192 bytes, got 100"), e.getMessage());
        assertEquals(new InMemoryOptions(8192, true), InMemoryOptions.defaults().withSymlinks(true).withMaxSizeBytes(8192));
    }
}

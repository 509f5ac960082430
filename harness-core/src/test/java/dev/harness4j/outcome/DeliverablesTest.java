package dev.harness4j.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collecting the files under /mnt/session/outputs: order, caps, binary detection and links. */
class DeliverablesTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void collectsTextFilesSortedByPathIncludingSubdirectoriesAndNothingElse() {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            w.seed("/mnt/session/outputs/b.md", utf8("# B\n"));
            w.seed("/mnt/session/outputs/a/report.csv", utf8("name,revenue\nÅsa,10\n"));
            w.seed("/mnt/session/outputs/a.txt", utf8(""));
            w.seed("/workspace/notes.txt", utf8("not a deliverable"));
            w.seed("/mnt/session/uploads/in.txt", utf8("an upload"));
            assertEquals(List.of(
                    Deliverable.text("/mnt/session/outputs/a.txt", ""),
                    Deliverable.text("/mnt/session/outputs/a/report.csv", "name,revenue\nÅsa,10\n"),
                    Deliverable.text("/mnt/session/outputs/b.md", "# B\n")), Deliverables.collect(w));
        }
    }

    @Test
    void noOutputsGiveAnEmptyList() {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            assertEquals(List.of(), Deliverables.collect(w));
        }
    }

    @Test
    void binaryFilesAreDescribedNotShown() {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            w.seed("/mnt/session/outputs/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            w.seed("/mnt/session/outputs/latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9});
            assertEquals(List.of(
                    Deliverable.omitted("/mnt/session/outputs/chart.png", "binary file, 7 bytes, not shown"),
                    Deliverable.omitted("/mnt/session/outputs/latin1.txt", "binary file, 4 bytes, not shown")),
                    Deliverables.collect(w));
        }
    }

    @Test
    void largeFilesAreCutAtACharacterBoundaryWithANote() {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            // "é" is two bytes: a 5-byte cap falls inside the third one, which is dropped rather than called binary.
            w.seed("/mnt/session/outputs/big.txt", utf8("ééééé"));
            List<Deliverable> got = Deliverables.collect(w, new DeliverableLimits(10, 5, 1000, 10));
            assertEquals(List.of(new Deliverable("/mnt/session/outputs/big.txt", "éé",
                    "truncated: showing the first 4 of 10 bytes")), got);
        }
    }

    @Test
    void theCountAndTotalCapsTurnTheRestIntoNotes() {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            for (int i = 1; i <= 5; i++) {
                w.seed("/mnt/session/outputs/f" + i + ".txt", utf8("123456"));
            }
            List<Deliverable> got = Deliverables.collect(w, new DeliverableLimits(3, 100, 10, 4));
            assertEquals(List.of(
                    Deliverable.text("/mnt/session/outputs/f1.txt", "123456"),
                    new Deliverable("/mnt/session/outputs/f2.txt", "1234", "truncated: showing the first 4 of 6 bytes"),
                    Deliverable.omitted("/mnt/session/outputs/f3.txt",
                            "not shown: 6 bytes; the deliverables' total size cap was reached"),
                    Deliverable.omitted("/mnt/session/outputs/f4.txt",
                            "not shown: the grader is shown at most 3 files")), got, "f5 is past maxListed");
        }
    }

    @Test
    void linksThatLeaveTheWorkspaceAreNotFollowed() throws IOException {
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults().withSymlinks(true))) {
            w.seed("/workspace/src.txt", utf8("inside"));
            Path outputs = w.resolve("/mnt/session/outputs", Intent.READ).real();
            Files.createDirectories(outputs.getFileSystem().getPath("/etc"));
            Files.write(outputs.getFileSystem().getPath("/etc/secret"), utf8("secret"));
            Files.createSymbolicLink(outputs.resolve("leak"), outputs.getFileSystem().getPath("/etc/secret"));
            Files.createSymbolicLink(outputs.resolve("ok"), outputs.getFileSystem().getPath("/workspace/src.txt"));
            Files.createSymbolicLink(outputs.resolve("dir"), outputs.getFileSystem().getPath("/workspace"));
            List<Deliverable> got = Deliverables.collect(w);
            assertEquals(List.of(
                    Deliverable.omitted("/mnt/session/outputs/leak", "not shown: a link that leads outside the workspace"),
                    Deliverable.text("/mnt/session/outputs/ok", "inside")), got);
        }
    }

    @Test
    void decodeTextRules() {
        assertEquals("abc", Deliverables.decodeText(utf8("abc"), false));
        assertNull(Deliverables.decodeText(new byte[] {'a', 0, 'b'}, false));
        byte[] cutEmoji = java.util.Arrays.copyOf(utf8("a😀"), 3);
        assertNull(Deliverables.decodeText(cutEmoji, false), "an incomplete character in a whole file is binary");
        assertEquals("a", Deliverables.decodeText(cutEmoji, true));
    }

    @Test
    void limitsAreValidated() {
        assertThrows(InvalidRequestException.class, () -> new DeliverableLimits(0, 1, 1, 1));
        assertThrows(InvalidRequestException.class, () -> new DeliverableLimits(5, 1, 1, 4));
        assertTrue(DeliverableLimits.DEFAULTS.maxFiles() > 0);
    }
}

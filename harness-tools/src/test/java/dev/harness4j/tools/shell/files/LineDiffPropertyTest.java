package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The line diff is an edit script from one list to the other, as long as GNU diff's. GNU diff is not always a
 * shortest script: it discards lines that are frequent in one file and absent or rare in the other, so
 * {@code 8 × ""} against {@code a a a a "" a a a} is one 8-line change (16 edits) rather than 14 edits.
 */
class LineDiffPropertyTest {

    @Test
    void changesTurnTheFirstListIntoTheSecondWithAsFewEditsAsGnuDiff() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/diff")), "GNU diff is not installed");
        Path dir = Files.createTempDirectory("linediff-");
        try (TestShell shell = new TestShell()) {
            qt().withExamples(400).forAll(
                    lists().of(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 1)).ofSizeBetween(0, 12),
                    lists().of(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 1)).ofSizeBetween(0, 12))
                    .checkAssert((a, b) -> {
                        List<LineDiff.Change> changes = LineDiff.diff(a, b, shell.context());
                        List<String> rebuilt = new ArrayList<>();
                        int i = 0;
                        int edits = 0;
                        for (LineDiff.Change c : changes) {
                            rebuilt.addAll(a.subList(i, c.a0()));
                            rebuilt.addAll(b.subList(c.b0(), c.b1()));
                            edits += (c.a1() - c.a0()) + (c.b1() - c.b0());
                            i = c.a1();
                        }
                        rebuilt.addAll(a.subList(i, a.size()));
                        assertEquals(b, rebuilt);
                        assertTrue(edits >= a.size() + b.size() - 2 * lcs(a, b), "no script is shorter than the LCS");
                        assertEquals(gnuEdits(dir, a, b), edits, "as many edits as GNU diff");
                    });
        } finally {
            for (String name : new String[] {"a", "b"}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.delete(dir);
        }
    }

    @Test
    void aLineFrequentInOneFileIsDiscardedAsGnuDiffDoes() {
        try (TestShell shell = new TestShell()) {
            List<String> blanks = List.of("", "", "", "", "", "", "", "");
            List<String> mostlyA = List.of("a", "a", "a", "a", "", "a", "a", "a");
            assertEquals(List.of(new LineDiff.Change(0, 8, 0, 8)), LineDiff.diff(blanks, mostlyA, shell.context()));
        }
    }

    /** The lines GNU diff removes plus the lines it adds, in its normal output format. */
    private static int gnuEdits(Path dir, List<String> a, List<String> b) {
        try {
            Files.write(dir.resolve("a"), a);
            Files.write(dir.resolve("b"), b);
            Process p = new ProcessBuilder("/usr/bin/diff", "a", "b").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            p.waitFor();
            return (int) out.stream().filter(l -> l.startsWith("<") || l.startsWith(">")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}

package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line diff is an edit script from one list to the other, and a shortest one. */
class LineDiffPropertyTest {

    @Test
    void changesTurnTheFirstListIntoTheSecondWithTheFewestEdits() {
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
                        assertEquals(a.size() + b.size() - 2 * lcs(a, b), edits);
                    });
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

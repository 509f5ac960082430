package dev.harness4j.tools.shell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the filters over arbitrary printable lines. */
class TextPropertiesTest {

    private static String run(String tool, List<String> args, String stdin) throws Exception {
        try (Workspace ws = Workspaces.inMemory(InMemoryOptions.defaults())) {
            TestShellContext c = new TestShellContext(ws, stdin.getBytes(StandardCharsets.UTF_8));
            c.run(tool, args);
            return c.stdoutText();
        }
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    @Test
    void sortOrdersLinesByCodePointAndKeepsEveryLine() {
        qt().withExamples(60).forAll(lists().of(strings().ascii().ofLengthBetween(0, 8)).ofSizeBetween(0, 20))
                .checkAssert(ls -> {
                    List<String> clean = ls.stream().map(s -> s.replace("\n", "").replace("\r", "")).toList();
                    List<String> expected = new ArrayList<>(clean);
                    Collections.sort(expected);
                    try {
                        assertEquals(lines(expected), run("sort", List.of(), lines(clean)));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void fixedStringGrepFindsEachLineItself() {
        qt().withExamples(300).forAll(strings().ascii().ofLengthBetween(1, 12)).checkAssert(s -> {
            String line = s.replace("\n", "").replace("\r", "").replace("\0", "");
            if (line.isEmpty()) {
                return;
            }
            try {
                assertEquals(line + "\n", run("grep", List.of("-Fx", "--", line), "\n" + line + "\n"));
                String quoted = line.replaceAll("([\\\\.\\[\\]*^$])", "\\\\$1");
                assertEquals(line + "\n", run("grep", List.of("-x", "--", quoted), "\n" + line + "\n"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anyRegexEitherCompilesOrIsRejectedWithAMessage() {
        String alphabet = "ab()[]{}*+?|^$\\.,:-1=";
        qt().withExamples(3000).forAll(lists().of(org.quicktheories.generators.SourceDSL.integers()
                .between(0, alphabet.length() - 1)).ofSizeBetween(0, 10)).checkAssert(idx -> {
                    StringBuilder sb = new StringBuilder();
                    idx.forEach(i -> sb.append(alphabet.charAt(i)));
                    for (boolean extended : new boolean[] {false, true}) {
                        try {
                            PosixRegex.compile(sb.toString(), extended, false, true).matcher("ab(1)").find();
                        } catch (PosixRegex.RegexException e) {
                            org.junit.jupiter.api.Assertions.assertNotNull(e.getMessage());
                        }
                    }
                });
    }

    @Test
    void tacAndRevAreInvolutions() {
        qt().withExamples(40).forAll(lists().of(strings().ascii().ofLengthBetween(0, 8)).ofSizeBetween(0, 10))
                .checkAssert(ls -> {
                    String text = lines(ls.stream().map(s -> s.replace("\n", "")).toList());
                    try {
                        assertEquals(text, run("tac", List.of(), run("tac", List.of(), text)));
                        assertEquals(text, run("rev", List.of(), run("rev", List.of(), text)));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }
}

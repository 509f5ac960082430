package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrepToolTest extends SandboxTestBase {
    private final GrepTool grep = new GrepTool();

    private Sandbox tree(Backend backend) throws IOException {
        return open(backend)
                .file("/workspace/a.txt", "alpha\nbeta\r\nalphabet\n")
                .file("/workspace/src/B.java", "class B {\n  // alpha\n}\n")
                .file("/workspace/.git/config", "alpha\n")
                .file("/workspace/node_modules/x/index.js", "alpha\n")
                .file("/mnt/session/uploads/u.txt", "alpha upload\n");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void printsPathLineTextLikeRipgrep(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        assertEquals("/workspace/a.txt:1:alpha\n/workspace/a.txt:3:alphabet\n/workspace/src/B.java:2:  // alpha",
                ok(s.call(grep, "pattern", "alpha")));
        assertEquals("/workspace/a.txt:2:beta", ok(s.call(grep, "pattern", "^beta$")));
        assertEquals("/workspace/src/B.java:1:class B {", ok(s.call(grep, "pattern", "class \\w+", "path", "src")));
        assertEquals("/mnt/session/uploads/u.txt:1:alpha upload",
                ok(s.call(grep, "pattern", "alpha", "path", "/mnt/session/uploads")));
        assertEquals("no matches", ok(s.call(grep, "pattern", "gamma")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFilePathGrepsThatFile(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        assertEquals("/workspace/a.txt:3:alphabet", ok(s.call(grep, "pattern", "bet$", "path", "a.txt")));
        assertEquals("/workspace/.git/config:1:alpha", ok(s.call(grep, "pattern", "alpha", "path", ".git/config")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badInput(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        ToolResult bad = s.call(grep, "pattern", "a(b");
        assertTrue(bad.isError());
        assertEquals("grep: invalid regex a(b: Unclosed group", bad.text());
        assertEquals("grep: pattern is required", s.call(grep).text());
        assertEquals("grep: no such file or directory: /workspace/nope",
                s.call(grep, "pattern", "a", "path", "nope").text());
        assertTrue(s.call(grep, "pattern", "a", "path", "../..").text().startsWith("grep: path outside the workspace"));
        assertTrue(s.call(grep, "pattern", "a", "path", "/etc").text().startsWith("grep: path outside the workspace"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void skipsBinaryFilesAndOverlongLines(Backend backend) throws IOException {
        Sandbox s = open(backend);
        byte[] binary = "needle\u0000needle\n".getBytes(StandardCharsets.UTF_8);
        byte[] lateNul = new byte[600];
        java.util.Arrays.fill(lateNul, (byte) 'x');
        System.arraycopy("needle\n".getBytes(StandardCharsets.UTF_8), 0, lateNul, 0, 7);
        lateNul[599] = 0;
        s.bytes("/workspace/bin.dat", binary).bytes("/workspace/late.dat", lateNul)
                .file("/workspace/long.txt", "needle" + "x".repeat(1995) + "\nneedle short\n" + "é".repeat(2000)
                        + "needle\n");
        s.file("/workspace/exact.txt", "needle" + "x".repeat(1994) + "\r\n");
        assertEquals("/workspace/exact.txt:1:needle" + "x".repeat(1994) + "\n/workspace/late.dat:1:needle\n"
                + "/workspace/long.txt:2:needle short", ok(s.call(grep, "pattern", "needle")),
                "a line of exactly 2000 chars is searched, longer ones are not");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void malformedUtf8IsSearchedWithReplacement(Backend backend) throws IOException {
        Sandbox s = open(backend).bytes("/workspace/l1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '!', '\n'});
        assertEquals("/workspace/l1.txt:1:caf\uFFFD!", ok(s.call(grep, "pattern", "caf.!")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void skipsSymlinksEvenInsideOnes(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", "needle\n");
        Path secret = s.outsideFile("secret.txt", "needle secret\n");
        s.symlink("/workspace/leak.txt", secret);
        s.symlink("/workspace/leakdir", secret.getParent());
        s.symlink("/workspace/alias.txt", s.real("/workspace/a.txt"));
        assertEquals("/workspace/a.txt:1:needle", ok(s.call(grep, "pattern", "needle")));
        ToolResult direct = s.call(grep, "pattern", "needle", "path", "leak.txt");
        assertTrue(direct.isError());
        assertTrue(direct.text().startsWith("grep: path outside the workspace"), direct.text());
        assertFalse(direct.text().contains("secret"), direct.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outputIsCappedWithTheReferenceMarker(Backend backend) throws IOException {
        Sandbox s = open(backend);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            big.append("match number ").append(i).append('\n');
        }
        s.file("/workspace/big.txt", big.toString());
        String out = ok(s.call(grep, "pattern", "match"));
        assertTrue(out.endsWith("\n[output truncated at 102400 bytes]"), out.substring(out.length() - 80));
        int body = out.length() - "\n[output truncated at 102400 bytes]".length();
        assertTrue(body <= 102400 && body > 102400 - 40, "body " + body);
        String small = ok(new GrepTool(50_000, 80).execute(new ToolCall("toolu_1", "grep",
                Map.of("pattern", "match number [0-9]$")), s.context));
        assertEquals("/workspace/big.txt:1:match number 0\n/workspace/big.txt:2:match number 1\n"
                + "[output truncated at 80 bytes]", small);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void walkCapIsReported(Backend backend) throws IOException {
        Sandbox s = open(backend);
        for (int i = 0; i < 10; i++) {
            s.file("/workspace/f" + i + ".txt", "hit\n");
        }
        String out = ok(new GrepTool(3, 1000).execute(new ToolCall("toolu_1", "grep", Map.of("pattern", "hit")),
                s.context));
        // which three files are seen depends on the directory's listing order; a capped listing is sorted after
        List<String> lines = List.of(out.split("\n"));
        assertEquals(4, lines.size(), out);
        for (String line : lines.subList(0, 3)) {
            assertTrue(line.matches("/workspace/f[0-9]\\.txt:1:hit"), line);
        }
        assertEquals("[stopped after looking at 3 entries; results may be incomplete; narrow the path]", lines.get(3));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void cancellationDuringTheWalk(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        ToolResult r = grep.execute(new ToolCall("toolu_1", "grep", Map.of("pattern", "alpha")),
                TestToolContext.cancelledAfterPolls(s.workspace, 2));
        assertTrue(r.isError());
        assertEquals("grep: cancelled before the search finished", r.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void cancellationInterruptsACatastrophicRegex(Backend backend) throws IOException {
        // (.*a){12}x backtracks polynomially with degree 12: tens of seconds on this line without cancellation
        Sandbox s = open(backend).file("/workspace/redos.txt", "a".repeat(30) + "!\n");
        ToolResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> grep.execute(
                new ToolCall("toolu_1", "grep", Map.of("pattern", "(.*a){12}x")),
                TestToolContext.cancelledAfterPolls(s.workspace, 5)));
        assertEquals("grep: cancelled before the search finished", r.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outputOrderIsByPath(Backend backend) throws IOException {
        Sandbox s = open(backend);
        for (String p : List.of("/workspace/z.txt", "/workspace/a/b.txt", "/workspace/m.txt", "/workspace/a.txt")) {
            s.file(p, "x\n");
        }
        assertEquals("/workspace/a/b.txt:1:x\n/workspace/a.txt:1:x\n/workspace/m.txt:1:x\n/workspace/z.txt:1:x",
                ok(s.call(grep, "pattern", "x")));
    }
}

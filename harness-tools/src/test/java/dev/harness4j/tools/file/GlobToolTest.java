package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GlobToolTest extends SandboxTestBase {
    private final GlobTool glob = new GlobTool();

    private Sandbox tree(Backend backend) throws IOException {
        return open(backend)
                .file("/workspace/README.md", "r").mtime("/workspace/README.md", 100)
                .file("/workspace/src/A.java", "a").mtime("/workspace/src/A.java", 300)
                .file("/workspace/src/pkg/B.java", "b").mtime("/workspace/src/pkg/B.java", 200)
                .file("/workspace/src/pkg/c.txt", "c").mtime("/workspace/src/pkg/c.txt", 400)
                .file("/workspace/.hidden/D.java", "d").mtime("/workspace/.hidden/D.java", 50)
                .file("/workspace/.git/E.java", "e")
                .file("/workspace/node_modules/m/F.java", "f");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void newestFirstAbsoluteLogicalPaths(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        assertEquals("/workspace/src/A.java\n/workspace/src/pkg/B.java\n/workspace/.hidden/D.java",
                ok(s.call(glob, "pattern", "**/*.java")));
        assertEquals("/workspace/src/pkg/c.txt\n/workspace/src/A.java\n/workspace/src/pkg/B.java\n"
                + "/workspace/README.md\n/workspace/.hidden/D.java", ok(s.call(glob, "pattern", "**")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void mtimeTiesAreBrokenByPath(Backend backend) throws IOException {
        Sandbox s = open(backend);
        for (String name : List.of("c", "a", "b")) {
            s.file("/workspace/" + name + ".txt", name).mtime("/workspace/" + name + ".txt", 7);
        }
        assertEquals("/workspace/a.txt\n/workspace/b.txt\n/workspace/c.txt", ok(s.call(glob, "pattern", "*.txt")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void patternFeatures(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        assertEquals("/workspace/README.md", ok(s.call(glob, "pattern", "*")));
        assertEquals("/workspace/src/A.java", ok(s.call(glob, "pattern", "src/*.java")));
        assertEquals("/workspace/src/A.java\n/workspace/src/pkg/B.java",
                ok(s.call(glob, "pattern", "src/**/[AB].java")));
        assertEquals("/workspace/src/pkg/c.txt\n/workspace/src/pkg/B.java",
                ok(s.call(glob, "pattern", "src/pkg/{B.java,*.txt}")));
        assertEquals("/workspace/src/pkg/B.java", ok(s.call(glob, "pattern", "**/?.java", "path", "src/pkg")));
        assertEquals("/workspace/src/pkg/c.txt", ok(s.call(glob, "pattern", "./src/**/[!AB].*")));
        assertEquals("/workspace/src/pkg/B.java", ok(s.call(glob, "pattern", "pkg/*.java", "path", "/workspace/src")));
        assertEquals("no matches", ok(s.call(glob, "pattern", "**/*.py")));
        assertEquals("no matches", ok(s.call(glob, "pattern", "missing/**/*.java")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void absolutePatternsInsideTheWorkspace(Backend backend) throws IOException {
        Sandbox s = tree(backend).file("/mnt/session/uploads/in.csv", "x");
        assertEquals("/workspace/src/A.java\n/workspace/src/pkg/B.java",
                ok(s.call(glob, "pattern", "/workspace/src/**/*.java")));
        assertEquals("/mnt/session/uploads/in.csv", ok(s.call(glob, "pattern", "/mnt/session/uploads/*.csv")));
        assertEquals("/workspace/src/A.java", ok(s.call(glob, "pattern", "/workspace/src/A.java", "path", "ignored")));
        ToolResult outside = s.call(glob, "pattern", "/etc/*");
        assertTrue(outside.isError());
        assertEquals("glob: absolute pattern /etc/* is outside the workspace; use a relative pattern with path, or "
                + "start it with a workspace directory such as /workspace/", outside.text());
        assertTrue(s.call(glob, "pattern", "/**/*.java").isError());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dotDotAndBadInputAreRefused(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        assertEquals("glob: \"..\" is not permitted in the pattern ../*"
                + " (use path to search another directory of the workspace)", s.call(glob, "pattern", "../*").text());
        assertTrue(s.call(glob, "pattern", "src/../../*").isError());
        assertTrue(s.call(glob, "pattern", "/workspace/../etc/*").isError());
        assertTrue(s.call(glob, "pattern", "*", "path", "../").text().startsWith("glob: path outside the workspace"));
        assertEquals("glob: invalid pattern \"[ab\": unclosed [", s.call(glob, "pattern", "[ab").text());
        assertEquals("glob: invalid pattern \"{a,b\": unclosed {", s.call(glob, "pattern", "{a,b").text());
        assertEquals("glob: pattern is required", s.call(glob).text());
        assertEquals("glob: no such directory: /workspace/nope", s.call(glob, "pattern", "*", "path", "nope").text());
        assertEquals("glob: path /workspace/README.md is not a directory; use read to see a file",
                s.call(glob, "pattern", "*", "path", "README.md").text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void symlinkEscapesAreDroppedAndInsideLinksKept(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", "a").mtime("/workspace/a.txt", 10);
        Path secret = s.outsideFile("secret.txt", "s");
        s.symlink("/workspace/leak.txt", secret);
        s.symlink("/workspace/leakdir", secret.getParent());
        s.symlink("/workspace/alias.txt", s.real("/workspace/a.txt"));
        assertEquals("/workspace/a.txt\n/workspace/alias.txt", ok(s.call(glob, "pattern", "**/*.txt")));
        assertEquals("no matches", ok(s.call(glob, "pattern", "leak*")));
        ToolResult throughLink = s.call(glob, "pattern", "leakdir/*.txt");
        assertTrue(throughLink.isError(), throughLink.text());
        assertTrue(throughLink.text().startsWith("glob: path outside the workspace"), throughLink.text());
        assertFalse(throughLink.text().contains(secret.getParent().toString()));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void atMostTwoHundredResultsNewestFirst(Backend backend) throws IOException {
        Sandbox s = open(backend);
        for (int i = 0; i < 205; i++) {
            String p = String.format("/workspace/f%03d.txt", i);
            s.file(p, "x").mtime(p, 1000 + i);
        }
        String out = ok(s.call(glob, "pattern", "*.txt"));
        List<String> lines = List.of(out.split("\n"));
        assertEquals(201, lines.size());
        assertEquals("/workspace/f204.txt", lines.get(0));
        assertEquals("/workspace/f005.txt", lines.get(199));
        assertEquals("[showing the 200 newest of 205 matches; narrow the pattern or path]", lines.get(200));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void cancellationStopsTheWalk(Backend backend) throws IOException {
        Sandbox s = tree(backend);
        ToolResult r = glob.execute(new ToolCall("toolu_1", "glob", Map.of("pattern", "**")),
                TestToolContext.cancelledAfterPolls(s.workspace, 3));
        assertEquals("glob: cancelled before the search finished", r.text());
        assertTrue(r.isError());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void walkCapIsReported(Backend backend) throws IOException {
        Sandbox s = open(backend);
        for (int i = 0; i < 12; i++) {
            String p = String.format("/workspace/d/f%02d.txt", i);
            s.file(p, "x").mtime(p, i);
        }
        String out = ok(new GlobTool(5).execute(new ToolCall("toolu_1", "glob", Map.of("pattern", "**/*.txt")),
                s.context));
        // the directory d and four of its files are looked at; which four depends on the listing order
        List<String> lines = List.of(out.split("\n"));
        assertEquals(5, lines.size(), out);
        for (String line : lines.subList(0, 4)) {
            assertTrue(line.matches("/workspace/d/f[0-9]{2}\\.txt"), line);
        }
        assertEquals("[stopped after looking at 5 entries; results may be incomplete; narrow the pattern or path]",
                lines.get(4));
        assertEquals("no matches\n[stopped after looking at 5 entries; results may be incomplete; narrow the "
                + "pattern or path]", ok(new GlobTool(5).execute(new ToolCall("toolu_1", "glob",
                        Map.of("pattern", "**/*.py")), s.context)));
    }

    @org.junit.jupiter.api.Test
    void defaultWalkCapIsFiftyThousandEntries() throws IOException {
        Sandbox s = open(Backend.IN_MEMORY);
        Path dir = java.nio.file.Files.createDirectories(s.real("/workspace").resolve("many"));
        for (int i = 0; i < 50_001; i++) {
            java.nio.file.Files.createFile(dir.resolve("f" + i + ".txt"));
        }
        String out = ok(s.call(glob, "pattern", "many/*.txt"));
        List<String> lines = List.of(out.split("\n"));
        assertEquals(202, lines.size());
        assertEquals("[showing the 200 newest of 50000 matches; narrow the pattern or path]", lines.get(200));
        assertEquals("[stopped after looking at 50000 entries; results may be incomplete; narrow the pattern or path]",
                lines.get(201));
    }
}

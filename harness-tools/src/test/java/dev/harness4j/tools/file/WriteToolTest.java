package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WriteToolTest extends SandboxTestBase {
    private final WriteTool write = new WriteTool();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void writesCreatingParentsAndReportsUtf8Bytes(Backend backend) throws IOException {
        Sandbox s = open(backend);
        ToolResult r = s.call(write, "file_path", "src/main/App.java", "content", "class App {}\n");
        assertFalse(r.isError(), r.text());
        assertEquals("wrote 13 bytes to /workspace/src/main/App.java", r.text());
        assertEquals("class App {}\n", s.text("/workspace/src/main/App.java"));
        ToolResult utf8 = s.call(write, "file_path", "/workspace/é.txt", "content", "é✓");
        assertEquals("wrote 5 bytes to /workspace/é.txt", utf8.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void overwritesAndAcceptsEmptyContent(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", "old content");
        assertEquals("wrote 0 bytes to /workspace/a.txt", s.call(write, "file_path", "a.txt", "content", "").text());
        assertEquals("", s.text("/workspace/a.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void writesToOutputs(Backend backend) throws IOException {
        Sandbox s = open(backend);
        assertEquals("wrote 2 bytes to /mnt/session/outputs/report/r.md",
                s.call(write, "file_path", "/mnt/session/outputs/report/r.md", "content", "# ").text());
        assertEquals("# ", s.text("/mnt/session/outputs/report/r.md"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readOnlyUploadsAreRefusedAndUnchanged(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/mnt/session/uploads/in.csv", "a,b\n");
        ToolResult r = s.call(write, "file_path", "/mnt/session/uploads/in.csv", "content", "x");
        assertTrue(r.isError());
        assertTrue(r.text().startsWith("write: read-only path: /mnt/session/uploads/in.csv"), r.text());
        assertEquals("a,b\n", s.text("/mnt/session/uploads/in.csv"));
        ToolResult created = s.call(write, "file_path", "/mnt/session/uploads/new.txt", "content", "x");
        assertTrue(created.isError());
        assertTrue(created.text().contains("/mnt/session/uploads/new.txt"), created.text());
        assertFalse(s.exists("/mnt/session/uploads/new.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outsideAndEscapingPathsAreRefused(Backend backend) throws IOException {
        Sandbox s = open(backend);
        Path outsideDir = s.outsideFile("secret.txt", "s").getParent();
        s.symlink("/workspace/out", outsideDir);
        for (String p : new String[] {"../evil.txt", "/tmp/evil.txt", "out/evil.txt", "/workspace/../evil.txt"}) {
            ToolResult r = s.call(write, "file_path", p, "content", "x");
            assertTrue(r.isError(), p + " -> " + r.text());
            assertTrue(r.text().startsWith("write: path outside the workspace"), r.text());
        }
        try (Stream<Path> files = Files.list(outsideDir)) {
            assertEquals(1, files.count(), "nothing was written outside");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void directoryTargetAndFileInTheWay(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/dir/a.txt", "a").file("/workspace/plain", "p");
        assertEquals("write: /workspace/dir is a directory; give the path of a file",
                s.call(write, "file_path", "dir", "content", "x").text());
        ToolResult r = s.call(write, "file_path", "plain/child.txt", "content", "x");
        assertTrue(r.isError(), r.text());
        assertTrue(r.text().contains("/workspace/plain"), r.text());
        assertEquals("p", s.text("/workspace/plain"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void missingArguments(Backend backend) throws IOException {
        Sandbox s = open(backend);
        assertEquals("write: content is required", s.call(write, "file_path", "a.txt").text());
        assertEquals("write: file_path is required", s.call(write, "content", "x").text());
        assertFalse(s.exists("/workspace/a.txt"));
    }
}

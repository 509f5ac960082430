package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadToolTest extends SandboxTestBase {
    private static final String TEXT = "one\ntwo\nthree\n";

    private final ReadTool read = new ReadTool();

    private static void assertOk(String expected, ToolResult result) {
        assertFalse(result.isError(), result.text());
        assertEquals(expected, result.text());
    }

    private static void assertError(String expected, ToolResult result) {
        assertTrue(result.isError(), result.text());
        assertEquals(expected, result.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readsRawTextByRelativeAndAbsolutePath(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/dir/a.txt", TEXT);
        assertOk(TEXT, s.call(read, "file_path", "dir/a.txt"));
        assertOk(TEXT, s.call(read, "file_path", "/workspace/dir/a.txt"));
        assertOk(TEXT, s.call(read, "file_path", "./dir/../dir/a.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readsUploadsAndEmptyFiles(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/mnt/session/uploads/data.csv", "a,b\n").file("/workspace/empty", "");
        assertOk("a,b\n", s.call(read, "file_path", "/mnt/session/uploads/data.csv"));
        assertOk("", s.call(read, "file_path", "empty"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void viewRangeSelectsInclusiveOneIndexedLines(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", TEXT);
        assertOk("two", s.call(read, "file_path", "a.txt", "view_range", List.of(2, 2)));
        assertOk("one\ntwo", s.call(read, "file_path", "a.txt", "view_range", List.of(1, 2)));
        assertOk("two\nthree\n", s.call(read, "file_path", "a.txt", "view_range", List.of(2, 0)));
        assertOk("three\n", s.call(read, "file_path", "a.txt", "view_range", List.of(3, -1)));
        assertOk("two\nthree\n", s.call(read, "file_path", "a.txt", "view_range", List.of(2, 99)));
        assertOk("one\ntwo\nthree\n", s.call(read, "file_path", "a.txt", "view_range", List.of(1L, 0L)));
        assertError("read: view_range start_line 4 is past the end of /workspace/a.txt (3 lines)",
                s.call(read, "file_path", "a.txt", "view_range", List.of(4, 0)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void viewRangeWithoutTrailingNewline(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", "one\ntwo").file("/workspace/e.txt", "");
        assertOk("two", s.call(read, "file_path", "a.txt", "view_range", List.of(2, 0)));
        assertOk("", s.call(read, "file_path", "e.txt", "view_range", List.of(1, 0)));
        assertError("read: view_range start_line 3 is past the end of /workspace/a.txt (2 lines)",
                s.call(read, "file_path", "a.txt", "view_range", List.of(3, 0)));
        assertError("read: view_range start_line 2 is past the end of /workspace/e.txt (0 lines)",
                s.call(read, "file_path", "e.txt", "view_range", List.of(2, 0)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void viewRangeValidation(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/a.txt", TEXT);
        String shape = "read: view_range must be [start_line, end_line] with integer line numbers";
        assertError(shape, s.call(read, "file_path", "a.txt", "view_range", List.of(1)));
        assertError(shape, s.call(read, "file_path", "a.txt", "view_range", List.of(1, 2, 3)));
        assertError(shape, s.call(read, "file_path", "a.txt", "view_range", "1-2"));
        assertError(shape, s.call(read, "file_path", "a.txt", "view_range", List.of("1", "2")));
        assertError(shape, s.call(read, "file_path", "a.txt", "view_range", List.of(1.5, 2)));
        assertError("read: view_range start_line must be 1 or more (lines are 1-indexed), got 0",
                s.call(read, "file_path", "a.txt", "view_range", List.of(0, 2)));
        assertError("read: view_range end_line 2 is before start_line 3 (use 0 or -1 to read to the end of the file)",
                s.call(read, "file_path", "a.txt", "view_range", List.of(3, 2)));
        assertError("read: view_range start_line 9 is past the end of /workspace/a.txt (3 lines)",
                s.call(read, "file_path", "a.txt", "view_range", List.of(9, 0)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void missingFileDirectoryAndMissingArgument(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/dir/a.txt", TEXT);
        assertError("read: no such file or directory: /workspace/nope.txt", s.call(read, "file_path", "nope.txt"));
        assertError("read: /workspace/dir is a directory, not a regular file", s.call(read, "file_path", "dir"));
        assertError("read: file_path is required", s.call(read));
        assertError("read: file_path must be a string", s.call(read, "file_path", 42));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sizeCapUsesTheReferenceText(Backend backend) throws IOException {
        Sandbox s = open(backend)
                .bytes("/workspace/big.txt", "x".repeat(256 * 1024 + 1).getBytes())
                .bytes("/workspace/edge.txt", "y".repeat(256 * 1024).getBytes());
        assertError("read: /workspace/big.txt is 262145 bytes, exceeds 262144-byte limit. "
                + "Use bash (head/tail/sed) to read a slice.", s.call(read, "file_path", "big.txt"));
        ToolResult edge = s.call(read, "file_path", "edge.txt");
        assertFalse(edge.isError(), edge.text());
        assertEquals(256 * 1024, edge.text().length());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void malformedUtf8IsRefusedNamingTheFileAndOffset(Backend backend) throws IOException {
        Sandbox s = open(backend).bytes("/workspace/latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertError("read: /workspace/latin1.txt is not valid UTF-8 text (malformed byte sequence at offset 3); "
                + "only UTF-8 text files can be read or edited", s.call(read, "file_path", "latin1.txt"));
        s.bytes("/workspace/utf8.txt", "café ✓ 𝄞\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertOk("café ✓ 𝄞\n", s.call(read, "file_path", "utf8.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dotDotEscapeAndOutsideAbsolutePathsAreRefused(Backend backend) throws IOException {
        Sandbox s = open(backend);
        ToolResult up = s.call(read, "file_path", "../../etc/passwd");
        assertTrue(up.isError());
        assertTrue(up.text().startsWith("read: path outside the workspace"), up.text());
        assertTrue(up.text().contains("../../etc/passwd"), up.text());
        ToolResult abs = s.call(read, "file_path", "/etc/passwd");
        assertTrue(abs.isError());
        assertTrue(abs.text().contains("/etc/passwd"), abs.text());
        ToolResult sibling = s.call(read, "file_path", "/workspace2/a.txt");
        assertTrue(sibling.isError());
        assertTrue(sibling.text().startsWith("read: path outside the workspace"), sibling.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void symlinkEscapeIsRefusedAndInsideLinkIsFollowed(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/real.txt", "inside\n");
        Path secret = s.outsideFile("secret.txt", "top secret\n");
        s.symlink("/workspace/escape.txt", secret);
        s.symlink("/workspace/escape-dir", secret.getParent());
        s.symlink("/workspace/alias.txt", s.real("/workspace/real.txt"));
        ToolResult escape = s.call(read, "file_path", "escape.txt");
        assertTrue(escape.isError(), escape.text());
        assertTrue(escape.text().startsWith("read: path outside the workspace"), escape.text());
        assertFalse(escape.text().contains("top secret"));
        ToolResult viaDir = s.call(read, "file_path", "escape-dir/secret.txt");
        assertTrue(viaDir.isError(), viaDir.text());
        assertFalse(viaDir.text().contains(secret.getParent().toString()), viaDir.text());
        assertOk("inside\n", s.call(read, "file_path", "alias.txt"));
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "HOST_DIRECTORY")
    void fifoIsNotARegularFile(Backend backend) throws Exception {
        Sandbox s = open(backend);
        Path fifo = s.real("/workspace").resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        boolean made = mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(made && Files.exists(fifo), "mkfifo is available");
        assertError("read: /workspace/pipe is not a regular file", s.call(read, "file_path", "pipe"));
    }
}

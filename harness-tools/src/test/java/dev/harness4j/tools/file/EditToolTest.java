package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.ToolResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EditToolTest extends SandboxTestBase {
    private final EditTool edit = new EditTool();

    /** The uniqueness table: occurrences x replace_all -> result and new content. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IN_MEMORY      | a b c   | false | false | edited /workspace/f.txt (1 replacement(s))  | a B c",
        "IN_MEMORY      | a b c   | true  | false | edited /workspace/f.txt (1 replacement(s))  | a B c",
        "IN_MEMORY      | b b b   | false | true  | edit: old_string appears 3 times in /workspace/f.txt (must be unique) | b b b",
        "IN_MEMORY      | b b b   | true  | false | edited /workspace/f.txt (3 replacement(s))  | B B B",
        "IN_MEMORY      | a c     | false | true  | edit: old_string not found in /workspace/f.txt | a c",
        "IN_MEMORY      | a c     | true  | true  | edit: old_string not found in /workspace/f.txt | a c",
        "HOST_DIRECTORY | a b c   | false | false | edited /workspace/f.txt (1 replacement(s))  | a B c",
        "HOST_DIRECTORY | b b     | false | true  | edit: old_string appears 2 times in /workspace/f.txt (must be unique) | b b",
        "HOST_DIRECTORY | b b     | true  | false | edited /workspace/f.txt (2 replacement(s))  | B B",
        "HOST_DIRECTORY | a c     | false | true  | edit: old_string not found in /workspace/f.txt | a c",
    })
    void uniquenessTable(Backend backend, String before, boolean replaceAll, boolean error, String message,
            String after) throws IOException {
        Sandbox s = open(backend).file("/workspace/f.txt", before);
        ToolResult r = s.call(edit, "file_path", "f.txt", "old_string", "b", "new_string", "B",
                "replace_all", replaceAll);
        assertEquals(error, r.isError(), r.text());
        assertEquals(message, r.text());
        assertEquals(after, s.text("/workspace/f.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void replacementIsLiteralAndOccurrencesDoNotOverlap(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/f.txt", "aaaa $1 \\n");
        assertEquals("edit: old_string appears 2 times in /workspace/f.txt (must be unique)",
                s.call(edit, "file_path", "f.txt", "old_string", "aa", "new_string", "b").text());
        assertEquals("edited /workspace/f.txt (1 replacement(s))",
                s.call(edit, "file_path", "/workspace/f.txt", "old_string", "$1", "new_string", "$0\\").text());
        assertEquals("aaaa $0\\ \\n", s.text("/workspace/f.txt"));
        assertEquals("edited /workspace/f.txt (2 replacement(s))",
                s.call(edit, "file_path", "f.txt", "old_string", "aa", "new_string", "$&",
                        "replace_all", true).text());
        assertEquals("$&$& $0\\ \\n", s.text("/workspace/f.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void multiLineEditKeepsTheRest(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/A.java", "class A {\n    int x;\n}\n");
        assertEquals("edited /workspace/A.java (1 replacement(s))", s.call(edit, "file_path", "A.java",
                "old_string", "    int x;\n", "new_string", "    int x;\n    int y;\n").text());
        assertEquals("class A {\n    int x;\n    int y;\n}\n", s.text("/workspace/A.java"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void invalidEditsChangeNothing(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/workspace/f.txt", "same");
        assertEquals("edit: old_string and new_string are identical; nothing to change",
                s.call(edit, "file_path", "f.txt", "old_string", "same", "new_string", "same").text());
        assertEquals("edit: old_string must not be empty",
                s.call(edit, "file_path", "f.txt", "old_string", "", "new_string", "x").text());
        assertEquals("edit: new_string is required", s.call(edit, "file_path", "f.txt", "old_string", "s").text());
        assertEquals("edit: replace_all must be a boolean", s.call(edit, "file_path", "f.txt", "old_string", "s",
                "new_string", "t", "replace_all", "yes").text());
        assertEquals("edit: no such file or directory: /workspace/missing.txt",
                s.call(edit, "file_path", "missing.txt", "old_string", "a", "new_string", "b").text());
        assertEquals("same", s.text("/workspace/f.txt"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sizeCapAndUtf8(Backend backend) throws IOException {
        Sandbox s = open(backend).bytes("/workspace/big.txt", "x".repeat(256 * 1024 + 10).getBytes())
                .bytes("/workspace/bin.dat", new byte[] {'a', (byte) 0xFF, 'b'});
        assertEquals("edit: /workspace/big.txt is 262154 bytes, exceeds 262144-byte limit. "
                        + "Use bash (sed/awk) to edit a large file.",
                s.call(edit, "file_path", "big.txt", "old_string", "x", "new_string", "y").text());
        ToolResult bin = s.call(edit, "file_path", "bin.dat", "old_string", "a", "new_string", "c");
        assertTrue(bin.text().startsWith("edit: /workspace/bin.dat is not valid UTF-8 text"), bin.text());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void readOnlyAndEscapesAreRefused(Backend backend) throws IOException {
        Sandbox s = open(backend).file("/mnt/session/uploads/in.txt", "abc");
        ToolResult ro = s.call(edit, "file_path", "/mnt/session/uploads/in.txt", "old_string", "a", "new_string", "b");
        assertTrue(ro.text().startsWith("edit: read-only path: /mnt/session/uploads/in.txt"), ro.text());
        assertEquals("abc", s.text("/mnt/session/uploads/in.txt"));
        Path secret = s.outsideFile("secret.txt", "abc");
        s.symlink("/workspace/link.txt", secret);
        ToolResult esc = s.call(edit, "file_path", "link.txt", "old_string", "a", "new_string", "b");
        assertTrue(esc.text().startsWith("edit: path outside the workspace"), esc.text());
        assertEquals("abc", java.nio.file.Files.readString(secret));
        ToolResult up = s.call(edit, "file_path", "../x", "old_string", "a", "new_string", "b");
        assertTrue(up.text().startsWith("edit: path outside the workspace"), up.text());
    }

    @Test
    void occurrencesCountsNonOverlapping() {
        assertEquals(2, EditTool.occurrences("aaaa", "aa"));
        assertEquals(1, EditTool.occurrences("aaa", "aa"));
        assertEquals(0, EditTool.occurrences("", "a"));
        assertEquals(3, EditTool.occurrences("x.x.x", "x"));
    }
}

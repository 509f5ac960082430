package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.MountTable;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.WorkspaceKind;
import dev.harness4j.workspace.WorkspacePath;
import dev.harness4j.workspace.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What all file tools share: error mapping, no host paths in messages, a full workspace. */
class FileToolTest {

    /** A workspace whose every resolve fails with a bug-like exception. */
    private static final class BrokenWorkspace implements Workspace {
        @Override
        public MountTable mounts() {
            return MountTable.of(List.of());
        }

        @Override
        public String workingDirectory() {
            return "/workspace";
        }

        @Override
        public WorkspacePath resolve(String path, Intent intent) {
            throw new IllegalStateException("boom at /host/secret/dir");
        }

        @Override
        public String toLogical(Path real) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void seed(String logicalPath, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkspaceKind kind() {
            return WorkspaceKind.IN_MEMORY;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void unexpectedExceptionsBecomeErrorResultsWithoutTheirMessage() {
        var context = TestToolContext.of(new BrokenWorkspace());
        Map<Tool, Map<String, Object>> calls = Map.of(
                new ReadTool(), Map.of("file_path", "a"),
                new WriteTool(), Map.of("file_path", "a", "content", "x"),
                new EditTool(), Map.of("file_path", "a", "old_string", "x", "new_string", "y"),
                new GlobTool(), Map.of("pattern", "*"),
                new GrepTool(), Map.of("pattern", "x"));
        calls.forEach((tool, input) -> {
            ToolResult r = tool.execute(new ToolCall("toolu_1", tool.name(), input), context);
            assertTrue(r.isError(), tool.name());
            assertEquals(tool.name() + ": internal error (IllegalStateException)", r.text());
        });
    }

    @Test
    void aFullInMemoryWorkspaceRefusesTheWriteAndKeepsTheOldContent() {
        try (Workspace workspace = Workspaces.inMemory(InMemoryOptions.defaults().withMaxSizeBytes(4 * 8192))) {
            workspace.seed("/workspace/a.txt", "old".getBytes());
            var context = TestToolContext.of(workspace);
            ToolResult r = new WriteTool().execute(new ToolCall("toolu_1", "write",
                    Map.of("file_path", "a.txt", "content", "x".repeat(200_000))), context);
            assertTrue(r.isError(), r.text());
            assertTrue(r.text().startsWith("write: "), r.text());
            assertTrue(r.text().contains("/workspace/a.txt"), r.text());
            ToolResult read = new ReadTool().execute(new ToolCall("toolu_2", "read", Map.of("file_path", "a.txt")),
                    context);
            assertFalse(read.isError(), read.text());
            assertEquals("old", read.text());
        }
    }

    @Test
    void hostPathsNeverAppearInErrors(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        try (Sandbox s = Sandbox.open(Backend.HOST_DIRECTORY, tmp)) {
            s.file("/workspace/dir/a.txt", "a").file("/workspace/plain", "p");
            Path secret = s.outsideFile("secret.txt", "s");
            s.symlink("/workspace/leak", secret);
            String host = tmp.toRealPath().toString();
            List<ToolResult> results = List.of(
                    s.call(new ReadTool(), "file_path", "missing"),
                    s.call(new ReadTool(), "file_path", "dir"),
                    s.call(new ReadTool(), "file_path", "leak"),
                    s.call(new WriteTool(), "file_path", "plain/x", "content", "x"),
                    s.call(new WriteTool(), "file_path", "dir", "content", "x"),
                    s.call(new EditTool(), "file_path", "leak", "old_string", "s", "new_string", "t"),
                    s.call(new GlobTool(), "pattern", "*", "path", "leak"),
                    s.call(new GrepTool(), "pattern", "x", "path", "missing"));
            for (ToolResult r : results) {
                assertTrue(r.isError(), r.text());
                assertFalse(r.text().contains(host), r.text());
                assertFalse(r.text().contains(tmp.toString()), r.text());
            }
            assertTrue(Files.exists(secret));
        }
    }
}

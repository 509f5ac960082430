package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.WorkspaceFiles;
import dev.harness4j.workspace.WorkspacePath;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The {@code write} tool: {@code {file_path, content}}. Creates parent directories, replaces the file atomically and
 * returns {@code wrote N bytes to P} with {@code P} the logical path.
 */
public final class WriteTool extends FileTool {
    /** The tool name. */
    public static final String NAME = "write";

    /** Creates the tool. */
    public WriteTool() {
        super(Schemas.spec(NAME,
                "Write a UTF-8 text file in the workspace, replacing it entirely if it exists and creating parent "
                        + "directories as needed. file_path is relative to /workspace or absolute inside the "
                        + "workspace; put deliverables under /mnt/session/outputs/. Read-only paths such as "
                        + "/mnt/session/uploads/ are refused. Prefer edit for small changes to an existing file.",
                JsonObjectSchema.builder()
                        .addStringProperty("file_path", "Path of the file, relative to /workspace or absolute")
                        .addStringProperty("content", "The complete new content of the file")
                        .required("file_path", "content")
                        .build()));
    }

    @Override
    String run(ToolCall call, ToolContext context) throws IOException {
        String filePath = call.requiredString("file_path");
        String content = call.requiredString("content");
        Workspace workspace = context.workspace();
        WorkspacePath file = workspace.resolve(filePath, Intent.WRITE);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        write(workspace, file, bytes);
        return "wrote " + bytes.length + " bytes to " + file.logical();
    }

    /**
     * Replaces {@code file} atomically, creating missing parent directories; on failure nothing is left behind.
     * Shared with {@code edit}.
     */
    static void write(Workspace workspace, WorkspacePath file, byte[] bytes) {
        if (Files.isDirectory(file.real())) {
            throw new ToolFailure(file.logical() + " is a directory; give the path of a file");
        }
        WorkspaceFiles.writeAtomically(workspace, file, bytes);
    }
}

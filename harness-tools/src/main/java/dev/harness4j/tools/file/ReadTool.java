package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.WorkspacePath;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;

/**
 * The {@code read} tool: {@code {file_path, view_range?}}. Returns the raw UTF-8 text of a regular file (no line
 * numbers), or the lines selected by {@code view_range}; files over 256 KiB are refused.
 */
public final class ReadTool extends FileTool {
    /** The tool name. */
    public static final String NAME = "read";

    /** Creates the tool. */
    public ReadTool() {
        super(Schemas.spec(NAME,
                "Read a UTF-8 text file from the workspace and return its raw content (no line numbers). "
                        + "file_path is relative to the working directory /workspace, or absolute inside the "
                        + "workspace (e.g. /workspace/src/App.java, /mnt/session/uploads/data.csv). "
                        + "Files larger than 256 KiB are refused; pass view_range [start_line, end_line] "
                        + "(1-indexed, inclusive; end_line 0 or -1 = to the end) to read only some lines.",
                JsonObjectSchema.builder()
                        .addStringProperty("file_path", "Path of the file, relative to /workspace or absolute")
                        .addProperty("view_range", JsonArraySchema.builder()
                                .description("[start_line, end_line], 1-indexed inclusive; end_line <= 0 reads "
                                        + "to the end of the file")
                                .items(new JsonIntegerSchema())
                                .build())
                        .required("file_path")
                        .build()));
    }

    @Override
    String run(ToolCall call, ToolContext context) throws IOException {
        String filePath = call.requiredString("file_path");
        ViewRange range = ViewRange.parse(call.input().get("view_range"));
        WorkspacePath file = context.workspace().resolve(filePath, Intent.READ);
        String text = TextFiles.read(file, TextFiles.MAX_FILE_BYTES, "Use bash (head/tail/sed) to read a slice.");
        return range == null ? text : range.apply(file.logical(), text);
    }
}

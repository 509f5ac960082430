package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.WorkspacePath;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code edit} tool: {@code {file_path, old_string, new_string, replace_all?}}. Replaces an exact string that must
 * be unique unless {@code replace_all}; the file is rewritten atomically and returns {@code edited P (k
 * replacement(s))}.
 */
public final class EditTool extends FileTool {
    /** The tool name. */
    public static final String NAME = "edit";

    /** Creates the tool. */
    public EditTool() {
        super(Schemas.spec(NAME,
                "Replace an exact string in a UTF-8 text file of the workspace. old_string must match the file "
                        + "exactly, including whitespace and indentation, and must occur exactly once unless "
                        + "replace_all is true (then every occurrence is replaced). Include enough surrounding "
                        + "context to make old_string unique. new_string must differ from old_string. "
                        + "Files larger than 256 KiB are refused.",
                JsonObjectSchema.builder()
                        .addStringProperty("file_path", "Path of the file, relative to /workspace or absolute")
                        .addStringProperty("old_string", "The exact text to replace")
                        .addStringProperty("new_string", "The replacement text")
                        .addBooleanProperty("replace_all", "Replace every occurrence instead of exactly one "
                                + "(default false)")
                        .required("file_path", "old_string", "new_string")
                        .build()));
    }

    @Override
    String run(ToolCall call, ToolContext context) throws IOException {
        String filePath = call.requiredString("file_path");
        String oldString = call.requiredString("old_string");
        String newString = call.requiredString("new_string");
        boolean replaceAll = call.bool("replace_all", false);
        if (oldString.isEmpty()) {
            throw new ToolFailure("old_string must not be empty");
        }
        if (oldString.equals(newString)) {
            throw new ToolFailure("old_string and new_string are identical; nothing to change");
        }
        WorkspacePath file = context.workspace().resolve(filePath, Intent.WRITE);
        String text = TextFiles.read(file, TextFiles.MAX_FILE_BYTES, "Use bash (sed/awk) to edit a large file.");
        int count = occurrences(text, oldString);
        if (count == 0) {
            throw new ToolFailure("old_string not found in " + file.logical());
        }
        if (count > 1 && !replaceAll) {
            throw new ToolFailure("old_string appears " + count + " times in " + file.logical()
                    + " (must be unique)");
        }
        String updated = replaceAll ? text.replace(oldString, newString) : replaceFirst(text, oldString, newString);
        WriteTool.write(context.workspace(), file, updated.getBytes(StandardCharsets.UTF_8));
        return "edited " + file.logical() + " (" + count + " replacement(s))";
    }

    /** Non-overlapping occurrences, counted left to right as {@link String#replace} replaces them. */
    static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    private static String replaceFirst(String text, String oldString, String newString) {
        int i = text.indexOf(oldString);
        return text.substring(0, i) + newString + text.substring(i + oldString.length());
    }
}

package dev.harness4j.tools.file;

import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.WorkspacePath;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code grep} tool: {@code {pattern, path?}}. Searches file contents with a Java regular expression and prints
 * {@code path:line:text} lines like {@code rg -n --no-heading}, with absolute logical paths. Skips {@code .git},
 * {@code node_modules}, symbolic links, binary files (a NUL in the first 512 bytes) and lines over 2,000 characters;
 * the output is capped at 100 KiB.
 */
public final class GrepTool extends FileTool {
    /** The tool name. */
    public static final String NAME = "grep";
    /** Output cap in bytes (UTF-8), as in the reference: 100 KiB. */
    static final int MAX_OUTPUT_BYTES = 100 * 1024;
    /** Lines longer than this are not searched (ReDoS guard). */
    static final int MAX_LINE_CHARS = 2000;

    private final int maxEntries;
    private final int maxOutputBytes;

    /** Creates the tool. */
    public GrepTool() {
        this(TreeWalker.MAX_ENTRIES, MAX_OUTPUT_BYTES);
    }

    /** Creates the tool with other caps (tests). */
    GrepTool(int maxEntries, int maxOutputBytes) {
        super(Schemas.spec(NAME,
                "Search file contents with a regular expression (Java regex syntax, like ripgrep's) and list the "
                        + "matching lines as path:line_number:text. path is a directory to search recursively "
                        + "(default /workspace) or a single file. Skips .git, node_modules, symbolic links, "
                        + "binary files and lines longer than 2000 characters; output is capped at 100 KiB, so "
                        + "make the pattern or path specific. Use glob to find files by name.",
                JsonObjectSchema.builder()
                        .addStringProperty("pattern", "Regular expression to search for, e.g. \"class \\\\w+Tool\"")
                        .addStringProperty("path", "File or directory to search; defaults to /workspace")
                        .required("pattern")
                        .build()));
        this.maxEntries = maxEntries;
        this.maxOutputBytes = maxOutputBytes;
    }

    @Override
    String run(ToolCall call, ToolContext context) throws IOException {
        String patternText = call.requiredString("pattern");
        String path = call.string("path");
        Pattern pattern;
        try {
            pattern = Pattern.compile(patternText);
        } catch (PatternSyntaxException e) {
            throw new ToolFailure("invalid regex " + patternText + ": " + e.getDescription());
        }
        Workspace workspace = context.workspace();
        WorkspacePath root = workspace.resolve(path == null || path.isBlank() ? workspace.workingDirectory() : path,
                Intent.READ);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(root.real(), BasicFileAttributes.class);
        } catch (IOException e) {
            throw IoFailures.of(root.logical(), e);
        }
        GrepOutput out = new GrepOutput(maxOutputBytes);
        try {
            if (attrs.isRegularFile()) {
                search(root.real(), root.logical(), pattern, out, context);
            } else if (attrs.isDirectory()) {
                TreeWalker.Outcome outcome = new TreeWalker(maxEntries, context::cancelled)
                        .walk(root.real(), (real, relative, a) -> !a.isRegularFile()
                                || search(real, root.logical() + "/" + relative, pattern, out, context));
                if (outcome == TreeWalker.Outcome.CANCELLED) {
                    throw new CancellableText.Cancelled();
                }
                if (outcome == TreeWalker.Outcome.ENTRY_CAP_REACHED) {
                    out.note("[stopped after looking at " + maxEntries + " entries; results may be "
                            + "incomplete; narrow the path]");
                }
            } else {
                throw new ToolFailure(root.logical() + " is not a regular file or directory");
            }
        } catch (CancellableText.Cancelled e) {
            throw new ToolFailure("cancelled before the search finished");
        }
        return out.render();
    }

    /** Greps one regular file; false once the output is full. Binary and unreadable files are skipped. */
    private static boolean search(Path real, String logical, Pattern pattern, GrepOutput out, ToolContext context) {
        if (context.cancelled()) {
            throw new CancellableText.Cancelled();
        }
        try (InputStream in = Files.newInputStream(real)) {
            LineScanner lines = new LineScanner(in, MAX_LINE_CHARS);
            if (lines.looksBinary()) {
                return true;
            }
            long number = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                number++;
                if (line != LineScanner.TOO_LONG
                        && pattern.matcher(new CancellableText(line, context::cancelled)).find()
                        && !out.add(logical + ":" + number + ":" + line)) {
                    return false;
                }
            }
        } catch (IOException e) {
            // unreadable files are skipped, as rg does (it reports them on stderr, which the reference drops)
            return true;
        }
        return true;
    }
}

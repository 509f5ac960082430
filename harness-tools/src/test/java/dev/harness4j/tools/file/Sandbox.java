package dev.harness4j.tools.file;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A workspace of one backend plus helpers to arrange files and call tools; close it after the test. */
final class Sandbox implements AutoCloseable {
    final Backend backend;
    final Workspace workspace;
    final dev.harness4j.hands.StandaloneToolContext context;
    private final Path tempDir;

    private Sandbox(Backend backend, Path tempDir) throws IOException {
        this.backend = backend;
        this.tempDir = tempDir;
        this.workspace = backend.open(tempDir);
        this.context = TestToolContext.of(workspace);
    }

    static Sandbox open(Backend backend, Path tempDir) throws IOException {
        return new Sandbox(backend, tempDir);
    }

    /** Calls {@code tool} with alternating field names and values. */
    ToolResult call(Tool tool, Object... fieldsAndValues) {
        return tool.execute(new ToolCall("toolu_1", tool.name(), fields(fieldsAndValues)), context);
    }

    static Map<String, Object> fields(Object... fieldsAndValues) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            input.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return input;
    }

    /** Creates (seeds) a file with UTF-8 text, parents included, even in read-only mounts. */
    Sandbox file(String logical, String text) {
        return bytes(logical, text.getBytes(StandardCharsets.UTF_8));
    }

    Sandbox bytes(String logical, byte[] content) {
        workspace.seed(logical, content);
        return this;
    }

    /** The backing path of a logical path (for arranging links, mtimes and checking results). */
    Path real(String logical) {
        return workspace.resolve(logical, Intent.READ).real();
    }

    String text(String logical) throws IOException {
        return Files.readString(real(logical), StandardCharsets.UTF_8);
    }

    boolean exists(String logical) {
        return Files.exists(real(logical));
    }

    Sandbox mtime(String logical, long epochSecond) throws IOException {
        Files.setLastModifiedTime(real(logical), FileTime.from(Instant.ofEpochSecond(epochSecond)));
        return this;
    }

    /** A file outside every mount on the backing file system, holding {@code text}; returns its backing path. */
    Path outsideFile(String name, String text) throws IOException {
        Path file = backend.outsideDirectory(workspace, tempDir).resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Creates a symbolic link at the logical path {@code link} pointing to the backing path {@code target}. */
    Sandbox symlink(String link, Path target) throws IOException {
        Path linkReal = real(parentOf(link)).resolve(link.substring(link.lastIndexOf('/') + 1));
        Files.createSymbolicLink(linkReal, target);
        return this;
    }

    private static String parentOf(String logical) {
        return logical.substring(0, logical.lastIndexOf('/'));
    }

    @Override
    public void close() {
        workspace.close();
    }
}

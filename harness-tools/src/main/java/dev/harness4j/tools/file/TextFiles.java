package dev.harness4j.tools.file;

import dev.harness4j.workspace.WorkspaceFiles;
import dev.harness4j.workspace.WorkspacePath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;

/** Loads a whole text file for {@code read} and {@code edit}: regular files only, size-capped, strict UTF-8. */
final class TextFiles {
    /** The size cap of {@code read} and {@code edit} (the reference {@code max_file_bytes}): 256 KiB. */
    static final long MAX_FILE_BYTES = 256 * 1024;

    private TextFiles() {
    }

    /**
     * Reads {@code file} as UTF-8 text. Refuses a missing path, a directory or other non-regular file, a file over
     * {@code maxBytes} (the message ends with {@code advice}) and malformed UTF-8 (naming the byte offset).
     */
    static String read(WorkspacePath file, long maxBytes, String advice) throws IOException {
        String logical = file.logical();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file.real(), BasicFileAttributes.class);
        } catch (IOException e) {
            throw IoFailures.of(logical, e);
        }
        if (attrs.isDirectory()) {
            throw new ToolFailure(logical + " is a directory, not a regular file");
        }
        if (!attrs.isRegularFile()) {
            throw new ToolFailure(logical + " is not a regular file");
        }
        if (attrs.size() > maxBytes) {
            throw new ToolFailure(logical + " is " + attrs.size() + " bytes, exceeds " + maxBytes + "-byte limit. "
                    + advice);
        }
        return decodeStrict(logical, WorkspaceFiles.readAll(file, maxBytes));
    }

    /** Decodes UTF-8, refusing malformed or unmappable input with a message naming the path and the byte offset. */
    static String decodeStrict(String logical, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ToolFailure(logical + " is not valid UTF-8 text (malformed byte sequence at offset "
                    + in.position() + "); only UTF-8 text files can be read or edited");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}

package dev.harness4j.environment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.harness4j.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A file written into every new workspace of an environment: {@code path} (relative to {@code /workspace}, or
 * absolute) and either text {@code content} or {@code content_base64}.
 */
@JsonPropertyOrder({"path", "content", "content_base64"})
public record SeedFile(String path, String content, String contentBase64) {

    /** Validates the path (no {@code ..} segments, no NUL) and that exactly one content form is given. */
    public SeedFile {
        if (path == null || path.isEmpty()) {
            throw new InvalidRequestException("seed_files.path is required");
        }
        if (path.indexOf('\0') >= 0 || path.endsWith("/")) {
            throw new InvalidRequestException("seed_files.path '" + path + "' is not a file path");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new InvalidRequestException("seed_files.path '" + path + "' must not contain '..'");
            }
        }
        if ((content == null) == (contentBase64 == null)) {
            throw new InvalidRequestException("seed_files(" + path + "): give exactly one of content, content_base64");
        }
        if (contentBase64 != null) {
            try {
                Base64.getDecoder().decode(contentBase64);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("seed_files(" + path + ").content_base64 is not valid base64");
            }
        }
    }

    /** A text file (written as UTF-8). */
    public static SeedFile text(String path, String content) {
        return new SeedFile(path, content, null);
    }

    /** A binary file. */
    public static SeedFile bytes(String path, byte[] content) {
        return new SeedFile(path, null, Base64.getEncoder().encodeToString(content));
    }

    /** The file's bytes. */
    public byte[] data() {
        return content != null ? content.getBytes(StandardCharsets.UTF_8) : Base64.getDecoder().decode(contentBase64);
    }
}

package dev.harness4j.tools.file;

import java.nio.charset.StandardCharsets;

/** The collected {@code grep} lines, capped in UTF-8 bytes with the reference's truncation marker. */
final class GrepOutput {
    private final int maxBytes;
    private final StringBuilder text = new StringBuilder();
    private int bytes;
    private boolean truncated;
    private boolean empty = true;

    GrepOutput(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Adds a matching line; false (and the truncation marker) once it would pass the cap. */
    boolean add(String line) {
        if (truncated) {
            return false;
        }
        int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
        if (bytes + size > maxBytes) {
            truncated = true;
            text.append("[output truncated at ").append(maxBytes).append(" bytes]\n");
            return false;
        }
        bytes += size;
        empty = false;
        text.append(line).append('\n');
        return true;
    }

    /** Appends a trailing note (e.g. the walk cap) after the lines. */
    void note(String note) {
        text.append(note).append('\n');
    }

    /** The output: the lines and notes, or {@code no matches} (plus notes) when nothing matched. */
    String render() {
        String body = text.length() == 0 ? "" : text.substring(0, text.length() - 1);
        if (empty) {
            return body.isEmpty() ? "no matches" : "no matches\n" + body;
        }
        return body;
    }
}

package dev.harness4j.outcome;

import dev.harness4j.InvalidRequestException;

/**
 * One file the agent delivered: its logical path, its text ({@code content}, possibly cut short) and a note that says
 * what the grader is not shown (a binary file, a file over the size cap, a truncation). At least one of content and
 * note is present.
 */
public record Deliverable(String path, String content, String note) {

    /** Validates the path and that the deliverable has content or a note. */
    public Deliverable {
        if (path == null || path.isBlank()) {
            throw new InvalidRequestException("deliverable: path is required");
        }
        if (content == null && note == null) {
            throw new InvalidRequestException("deliverable " + path + ": needs content or a note");
        }
    }

    /** A text file shown in full. */
    public static Deliverable text(String path, String content) {
        return new Deliverable(path, content, null);
    }

    /** A file whose content is not shown, with the reason. */
    public static Deliverable omitted(String path, String note) {
        return new Deliverable(path, null, note);
    }

    /** Whether some of the file's text is shown. */
    public boolean hasContent() {
        return content != null;
    }
}

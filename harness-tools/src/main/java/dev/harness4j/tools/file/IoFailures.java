package dev.harness4j.tools.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an {@link IOException} into a {@link ToolFailure} that names the logical path; the exception's own message is
 * never shown because it carries the real (host) path.
 */
final class IoFailures {
    private IoFailures() {
    }

    /** The failure to report for {@code e} raised while working on the logical path {@code logical}. */
    static ToolFailure of(String logical, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ToolFailure("no such file or directory: " + logical);
        }
        if (e instanceof AccessDeniedException) {
            return new ToolFailure("permission denied: " + logical);
        }
        if (e instanceof NotDirectoryException) {
            return new ToolFailure("a parent of " + logical + " is not a directory");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new ToolFailure("cannot create " + logical + ": a file is in the way");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new ToolFailure(logical + " is a non-empty directory");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new ToolFailure(logical + ": " + fse.getReason());
        }
        return new ToolFailure("I/O error on " + logical + " (" + e.getClass().getSimpleName() + ")");
    }
}

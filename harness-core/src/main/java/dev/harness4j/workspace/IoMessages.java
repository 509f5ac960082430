package dev.harness4j.workspace;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** Turns I/O failures into words that never contain a host path. */
final class IoMessages {
    private IoMessages() {
    }

    /** The failure's kind and, for file-system errors, the OS's reason (which names no path). */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return kind + " (" + fse.getReason() + ")";
        }
        return kind;
    }

    /** Whether the failure is Jimfs's size cap or a full disk. */
    static boolean isOutOfSpace(IOException e) {
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return text != null && (text.contains("out of disk space") || text.contains("No space left on device"));
    }
}

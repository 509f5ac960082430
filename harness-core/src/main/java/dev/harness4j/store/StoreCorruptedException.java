package dev.harness4j.store;

import java.nio.file.Path;

/** A stored record could not be read back (truncated, malformed or inconsistent); names the file. */
public class StoreCorruptedException extends StoreException {
    private final transient Path file;

    /** Creates the exception for {@code file} and what is wrong with it. */
    public StoreCorruptedException(Path file, String problem, Throwable cause) {
        super("corrupt store record " + file + ": " + problem, cause);
        this.file = file;
    }

    /** The corrupt file. */
    public Path file() {
        return file;
    }
}

package dev.harness4j.log;

import dev.harness4j.HarnessException;
import java.nio.file.Path;

/** A stored log could not be read back: a record other than a torn last one is damaged. Names the file and line. */
public class CorruptLogException extends HarnessException {
    private final transient Path file;
    private final long line;

    /** Creates the exception for a damaged record at a 1-based line of a file. */
    public CorruptLogException(Path file, long line, String problem, Throwable cause) {
        super("corrupt event log " + file + " at line " + line + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }

    /** The 1-based line number of the damaged record. */
    public long line() {
        return line;
    }
}

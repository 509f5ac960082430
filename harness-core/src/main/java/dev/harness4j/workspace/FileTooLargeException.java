package dev.harness4j.workspace;

/** A file is larger than the cap a reader allows; nothing was read. */
public class FileTooLargeException extends WorkspaceException {
    private final String logicalPath;
    private final long sizeBytes;
    private final long capBytes;

    /** Creates the exception naming the file, its size and the cap. */
    public FileTooLargeException(String logicalPath, long sizeBytes, long capBytes) {
        super("file too large: " + logicalPath + " is " + sizeBytes + " bytes, the cap is " + capBytes + " bytes");
        this.logicalPath = logicalPath;
        this.sizeBytes = sizeBytes;
        this.capBytes = capBytes;
    }

    /** The logical path of the file. */
    public String logicalPath() {
        return logicalPath;
    }

    /** The file's size in bytes (at least {@code capBytes + 1}). */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** The cap that was exceeded, in bytes. */
    public long capBytes() {
        return capBytes;
    }
}

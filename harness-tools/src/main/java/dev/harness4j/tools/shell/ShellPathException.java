package dev.harness4j.tools.shell;

/**
 * A path a command may not use; the message is the errno-style reason a GNU tool prints after the path
 * ({@code No such file or directory}, {@code Read-only file system}, {@code Permission denied}…).
 */
public final class ShellPathException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A refusal with this reason. */
    public ShellPathException(String reason) {
        super(reason);
    }
}

package dev.harness4j.tools.shell.text;

/** An awk program error (syntax or run time), reported as {@code awk: message} with status 2. */
final class AwkException extends Exception {
    private static final long serialVersionUID = 1L;

    AwkException(String message) {
        super(message, null, false, false);
    }
}

package dev.harness4j;

/** Input was malformed or broke a documented limit; nothing was changed. */
public class InvalidRequestException extends HarnessException {
    /** Creates the exception with a message naming the problem. */
    public InvalidRequestException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.harness4j;

/** Base of every exception harness4j throws on purpose; the message names the problem. */
public class HarnessException extends RuntimeException {
    /** Creates an exception with a message that names the problem. */
    public HarnessException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the cause. */
    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}

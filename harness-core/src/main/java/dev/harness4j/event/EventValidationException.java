package dev.harness4j.event;

import dev.harness4j.InvalidRequestException;

/** An event was malformed: unknown type, a missing or invalid field, bad JSON. Nothing was appended. */
public class EventValidationException extends InvalidRequestException {
    /** Creates the exception with a message naming the problem. */
    public EventValidationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public EventValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.harness4j.hands;

import dev.harness4j.InvalidRequestException;

/** A tool's input was missing a field or had a field of the wrong type; becomes an error tool result. */
public class ToolInputException extends InvalidRequestException {
    /** Creates the exception with a message naming the field. */
    public ToolInputException(String message) {
        super(message);
    }
}

package dev.harness4j;

/** A change was refused because it conflicts with the current state (stale version, archived resource, duplicate name). */
public class ConflictException extends HarnessException {
    /** Creates the exception with a message naming the conflict. */
    public ConflictException(String message) {
        super(message);
    }
}

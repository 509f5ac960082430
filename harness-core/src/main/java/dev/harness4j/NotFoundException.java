package dev.harness4j;

/** A resource (agent, environment, session, event) named by id does not exist. */
public class NotFoundException extends HarnessException {
    /** Creates the exception for a kind of resource and its id. */
    public NotFoundException(String kind, String id) {
        super(kind + " not found: " + id);
    }
}

package dev.harness4j.store;

import dev.harness4j.HarnessException;

/** A store could not read or write its records (an I/O failure); the message names the file or operation. */
public class StoreException extends HarnessException {
    /** Creates the exception with a message and the cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

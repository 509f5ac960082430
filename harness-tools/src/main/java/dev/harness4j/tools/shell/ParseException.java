package dev.harness4j.tools.shell;

/** A syntax error in a script; the message is bash's wording without the {@code bash: } prefix. */
final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
        super(message, null, false, false);
    }
}

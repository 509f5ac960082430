package dev.harness4j.tools.file;

/** A refusal or failure of a file tool whose message (without the tool-name prefix) is shown to the model. */
final class ToolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ToolFailure(String message) {
        super(message, null, false, false);
    }
}

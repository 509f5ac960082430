package dev.harness4j.tools.web;

/** A refusal or failure of {@code web_fetch} whose message (without the tool-name prefix) is shown to the model. */
final class FetchRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FetchRefused(String message) {
        super(message, null, false, false);
    }
}

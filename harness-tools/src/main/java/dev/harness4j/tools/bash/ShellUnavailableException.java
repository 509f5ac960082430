package dev.harness4j.tools.bash;

/** No shell can serve this workspace (for example bubblewrap is missing); the message says how to fix it. */
final class ShellUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShellUnavailableException(String message) {
        super(message, null, false, false);
    }
}

package dev.harness4j.tools.shell;

/** A fatal expansion error ({@code ${x:?}}, unbound variable, bad arithmetic): bash exits the (sub)shell. */
final class ShellError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ShellError(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }
}

package dev.harness4j.tools.shell.text;

/** Control transfers inside the awk interpreter (next, exit, return, break, continue), without stack traces. */
final class AwkControl extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which transfer. */
    enum Kind { NEXT, NEXTFILE, EXIT, RETURN, BREAK, CONTINUE }

    final Kind kind;

    AwkControl(Kind kind) {
        super(null, null, false, false);
        this.kind = kind;
    }
}

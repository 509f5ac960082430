package dev.harness4j.tools.shell;

/** Non-local control flow of the interpreter: break, continue, return, exit, and SIGPIPE. */
final class Control {
    private Control() {
    }

    /** {@code break n}. */
    static final class Break extends RuntimeException {
        private static final long serialVersionUID = 1L;
        int levels;

        Break(int levels) {
            super(null, null, false, false);
            this.levels = levels;
        }
    }

    /** {@code continue n}. */
    static final class Continue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        int levels;

        Continue(int levels) {
            super(null, null, false, false);
            this.levels = levels;
        }
    }

    /** {@code return n} from a function or sourced file. */
    static final class Return extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Return(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** {@code exit n}, {@code set -e}, or a fatal error: ends the (sub)shell. */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** A write hit a closed pipe: the stage ends as if killed by SIGPIPE (status 141). */
    static final class BrokenPipe extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenPipe() {
            super(null, null, false, false);
        }
    }
}

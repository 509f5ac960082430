package dev.harness4j.tools.shell;

import java.io.IOException;
import java.util.List;

/** A command the interpreter runs itself because it reads or changes the shell's state. */
@FunctionalInterface
interface Builtin {
    /** Runs with the arguments after the name; returns the exit status. */
    int run(Interp interp, List<String> args, Io io) throws IOException;

    /** Runs a builtin that never fails on I/O by itself (stream failures are reported as status 1). */
    default int runUnchecked(Interp interp, List<String> args, Io io) {
        try {
            return run(interp, args, io);
        } catch (IOException e) {
            interp.error(io, "bash: " + e.getMessage());
            return 1;
        }
    }
}

package dev.harness4j.tools.shell;

import java.io.IOException;
import java.util.List;

/**
 * A utility the Java shell can run ({@code grep}, {@code ls}…): it reads {@link CommandContext#stdin()}, writes
 * {@link CommandContext#stdout()} and {@link CommandContext#stderr()}, touches files only through
 * {@link CommandContext#resolve}, and returns its exit status like the GNU tool it mirrors.
 */
public interface Command {

    /** The name the shell finds the command by. */
    String name();

    /**
     * Runs the command.
     *
     * @param context the shell around the command
     * @param args    the arguments after the command name, already expanded (quotes removed, globs matched)
     * @return the exit status (0 success; the GNU tool's codes otherwise, e.g. 1 for "no match" in grep, 2 for usage)
     * @throws IOException          on a stream failure the command does not report itself (the shell prints it)
     * @throws ShellAbortException  never caught by a command: a limit, a timeout or a cancellation unwinds the script
     */
    int run(CommandContext context, List<String> args) throws IOException;
}

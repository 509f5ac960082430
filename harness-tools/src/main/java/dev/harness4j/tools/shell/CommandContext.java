package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Command} sees of the shell running it: its streams, working directory, exported variables, the
 * workspace jail, the clock and limits, and a way to run other commands ({@code xargs}, {@code find -exec}).
 */
public interface CommandContext {

    /** Standard input (empty when nothing is piped or redirected). */
    InputStream stdin();

    /** Standard output; bytes written count against the shell's output limit. */
    OutputStream stdout();

    /** Standard error. */
    OutputStream stderr();

    /** The shell's working directory as a logical path (e.g. {@code /workspace/src}). */
    String cwd();

    /** The exported variables, as a command's environment sees them (read-only). */
    Map<String, String> environment();

    /**
     * The backing path of {@code path} for {@code intent}: relative input resolves against {@link #cwd()}, every
     * symbolic link is followed, and the result lies inside a mount of the workspace; the file need not exist.
     *
     * @throws ShellPathException when the path lies outside the workspace, is read-only for a write, or loops
     */
    Path resolve(String path, Intent intent) throws ShellPathException;

    /** The logical absolute path a backing path under some mount corresponds to (for messages and listings). */
    String logical(Path real);

    /** The harness clock ({@code date}, {@code touch}, {@code find -newer}). */
    Clock clock();

    /** The limits the shell runs under. */
    ShellLimits limits();

    /**
     * Throws {@link ShellAbortException} when the script must stop (cancelled, timed out, a limit reached); long
     * loops inside a command call it every iteration or every few kilobytes.
     */
    void checkCancelled();

    /**
     * Runs another command line as if typed as a simple command ({@code argv[0]} a builtin, function or command),
     * with the given streams, and returns its status; 127 when it does not exist.
     */
    int execute(List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr);

    /**
     * Like {@link #execute(List, InputStream, OutputStream, OutputStream)}, with the command's environment replaced
     * by {@code environment} ({@code env -i}, {@code env NAME=VALUE cmd}); a builtin or function sees the entries as
     * temporary variables on top of the shell's own.
     */
    int execute(List<String> argv, Map<String, String> environment, InputStream stdin, OutputStream stdout,
                OutputStream stderr);
}

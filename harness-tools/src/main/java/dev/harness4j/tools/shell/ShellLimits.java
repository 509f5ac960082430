package dev.harness4j.tools.shell;

/**
 * Hard limits for one call of the Java shell; reaching one stops the script with a message naming it.
 *
 * @param maxCommands       simple commands (builtins, functions, utilities) run per call
 * @param maxLoopIterations iterations of any one {@code for}/{@code while}/{@code until} loop, and of awk/sed loops
 * @param maxOutputBytes    bytes written to stdout and stderr together per call (redirected output counts too)
 * @param maxCallDepth      nesting of function calls, subshells and command substitutions
 * @param maxStringLength   characters in one expanded word or variable value
 */
public record ShellLimits(long maxCommands, long maxLoopIterations, long maxOutputBytes, int maxCallDepth,
                          int maxStringLength) {

    /** The defaults: 100,000 commands, 100,000 iterations, 16 MiB of output, depth 100, 16 Mi chars. */
    public static final ShellLimits DEFAULTS = new ShellLimits(100_000, 100_000, 16L << 20, 100, 16 << 20);

    /** Checks every limit is positive. */
    public ShellLimits {
        if (maxCommands <= 0 || maxLoopIterations <= 0 || maxOutputBytes <= 0 || maxCallDepth <= 0
                || maxStringLength <= 0) {
            throw new IllegalArgumentException("shell limits must be positive");
        }
    }
}

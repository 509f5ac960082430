/**
 * The Java shell: a bash-compatible interpreter that runs over a workspace's mount table and never touches the host
 * filesystem or starts a process. {@link dev.harness4j.tools.shell.JavaShell} is the entry point; utilities plug in
 * as {@link dev.harness4j.tools.shell.Command}s and see the shell through
 * {@link dev.harness4j.tools.shell.CommandContext}; {@link dev.harness4j.tools.shell.ShellLimits} bounds each call.
 *
 * <p>Inside, the {@code Lexer} and {@code Parser} (with {@code WordParser} and {@code CompoundParser}) build a tree
 * of sealed {@code Node} records whose words are {@code Word} parts; the {@code Expander} performs bash's word
 * expansions, {@code Interp} with {@code Compound}, {@code SimpleRunner}, {@code Pipelines} and
 * {@code Redirections} runs the tree, and the builtins live in {@code CoreBuiltins}, {@code VarBuiltins} and
 * {@code IoBuiltins}. A {@code Budget} carries one call's limits, deadline and cancellation to every thread.
 */
package dev.harness4j.tools.shell;

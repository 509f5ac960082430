/**
 * The Java shell: a bash-compatible interpreter (parser, expansion, builtins, limits) that runs over a workspace's mount table and never touches the host filesystem; utilities plug in as {@link dev.harness4j.tools.shell.Command}s.
 */
package dev.harness4j.tools.shell;

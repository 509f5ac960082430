/**
 * The {@code bash} tool: one persistent shell per session, the Java shell for in-memory workspaces and bubblewrap's jailed {@code /bin/bash} for host directories.
 */
package dev.harness4j.tools.bash;

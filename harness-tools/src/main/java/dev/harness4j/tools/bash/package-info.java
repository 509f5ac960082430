/**
 * The {@code bash} tool: one persistent shell per session (a session resource), so the working directory and
 * exported variables carry over between calls until {@code restart: true}, a timeout or a cancellation replaces it.
 * An in-memory workspace gets the Java shell ({@link dev.harness4j.tools.shell.JavaShell}); a host directory gets a
 * real {@code /bin/bash --noprofile --norc} jailed by bubblewrap: every namespace unshared, {@code /usr} read-only,
 * no host {@code /etc} (only {@code /etc/alternatives}), a private {@code /tmp}, the workspace mounts bound at their
 * logical paths with their access, a read-only root, and an environment holding only {@code PATH}, {@code HOME},
 * {@code LANG}, {@code TERM} and {@code PS1}.
 *
 * <p>Each command is sent as {@code eval '<command>' </dev/null 2>&1} followed by a marker line carrying a fresh
 * random nonce and the exit status; output is read up to that marker, so a command's own output cannot end a call
 * early, and a syntax error does not end the shell. A timeout or a cancellation kills the whole process tree (the
 * jail's pid namespace), so nothing the command started in the background survives.
 *
 * <p>Network: an environment with {@code unrestricted} networking shares the host's network with the jail (and binds
 * {@code /etc/resolv.conf}, {@code /etc/hosts} and the CA certificates read-only); {@code none} and {@code limited}
 * give bash no network at all. A host allow-list cannot be enforced on a process in its own network namespace without
 * a filtering proxy, which harness4j does not run; {@code limited} is enforced by {@code web_fetch} only.
 *
 * <p>Without a working bubblewrap, bash on a host directory is refused with an error naming the fix, unless the
 * application chose {@link dev.harness4j.tools.bash.HostShellMode#UNCONFINED_WITHOUT_BUBBLEWRAP} (through
 * {@code AgentToolsetProvider.builder().unconfinedHostShell(true)}): then {@code /bin/bash} runs in the workspace
 * directory with the same scrubbed environment and process-tree kill, but no filesystem or network isolation.
 */
package dev.harness4j.tools.bash;

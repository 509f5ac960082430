package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;

/** Opens the persistent shell for a session's workspace; tests substitute a fake. */
@FunctionalInterface
interface ShellFactory {

    /**
     * A new shell for the context's workspace (processes start lazily, on its first command).
     *
     * @throws ShellUnavailableException when no shell can serve this workspace (bubblewrap missing)
     */
    ShellSession open(ToolContext context);
}

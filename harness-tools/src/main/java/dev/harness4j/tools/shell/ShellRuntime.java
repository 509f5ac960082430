package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Workspace;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/** What every interpreter of one shell shares: the workspace, clock, limits, commands and pipeline threads. */
final class ShellRuntime {
    final Workspace workspace;
    final Clock clock;
    final ShellLimits limits;
    final Map<String, Command> commands = new TreeMap<>();
    final Map<String, Builtin> builtins = new TreeMap<>();
    final ExecutorService executor;

    ShellRuntime(Workspace workspace, Clock clock, ShellLimits limits, ExecutorService executor) {
        this.workspace = workspace;
        this.clock = clock;
        this.limits = limits;
        this.executor = executor;
    }
}

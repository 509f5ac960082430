package dev.harness4j.session;

import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentConfig;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Builds a session's workspace from its environment: the filesystem kind, its limits, and the seed files. */
final class WorkspaceProvisioner {
    private WorkspaceProvisioner() {
    }

    static Workspace provision(String sessionId, Environment environment, Supplier<Path> sessionData, Clock clock) {
        EnvironmentConfig config = environment.config();
        Workspace workspace;
        if (config instanceof EnvironmentConfig.HostDirectory host) {
            workspace = Workspaces.hostDirectory(host.directory(), sessionData.get().resolve(sessionId));
        } else if (config instanceof EnvironmentConfig.InMemory memory) {
            workspace = Workspaces.inMemory(options(memory), clock);
        } else {
            throw new IllegalStateException("unknown environment config " + config);
        }
        try {
            environment.seedFiles().forEach(seed -> workspace.seed(seed.path(), seed.data()));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    private static InMemoryOptions options(EnvironmentConfig.InMemory memory) {
        InMemoryOptions options = InMemoryOptions.defaults();
        if (memory.maxSizeBytes() != null) {
            options = options.withMaxSizeBytes(memory.maxSizeBytes());
        }
        if (memory.symlinks() != null) {
            options = options.withSymlinks(memory.symlinks());
        }
        return options;
    }
}

package dev.harness4j.session;

import dev.harness4j.environment.Environment;
import dev.harness4j.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** A session's workspace, provisioned from its environment on first use and closed with the harness. */
final class LazyWorkspace implements Supplier<Workspace>, AutoCloseable {
    private final String sessionId;
    private final Environment environment;
    private final Supplier<Path> sessionData;
    private final Clock clock;
    private volatile Workspace workspace;

    LazyWorkspace(String sessionId, Environment environment, Supplier<Path> sessionData, Clock clock) {
        this.sessionId = sessionId;
        this.environment = environment;
        this.sessionData = sessionData;
        this.clock = clock;
    }

    @Override
    public Workspace get() {
        Workspace w = workspace;
        if (w == null) {
            synchronized (this) {
                w = workspace;
                if (w == null) {
                    w = WorkspaceProvisioner.provision(sessionId, environment, sessionData, clock);
                    workspace = w;
                }
            }
        }
        return w;
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}

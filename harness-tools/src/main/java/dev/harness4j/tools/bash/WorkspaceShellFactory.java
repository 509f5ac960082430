package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;
import dev.harness4j.tools.shell.JavaShell;
import dev.harness4j.tools.shell.ShellLimits;
import dev.harness4j.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the shell by the workspace's kind: the Java shell for an in-memory workspace, a bubblewrap-jailed
 * {@code /bin/bash} for a host directory. Without a working bubblewrap a host directory gets no shell, unless the
 * application opted into an unconfined one. bubblewrap is probed once per factory, on first need.
 */
final class WorkspaceShellFactory implements ShellFactory {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceShellFactory.class);

    private final HostShellMode hostShellMode;
    private final Supplier<Optional<Path>> probe;
    private Optional<Path> bwrap;
    private boolean warnedUnconfined;

    WorkspaceShellFactory(HostShellMode hostShellMode) {
        this(hostShellMode, Bubblewrap::probe);
    }

    WorkspaceShellFactory(HostShellMode hostShellMode, Supplier<Optional<Path>> probe) {
        this.hostShellMode = hostShellMode;
        this.probe = probe;
    }

    @Override
    public ShellSession open(ToolContext context) {
        Workspace workspace = context.workspace();
        switch (workspace.kind()) {
            case IN_MEMORY:
                return new JavaShell(workspace, context.clock(), ShellLimits.DEFAULTS);
            case HOST_DIRECTORY:
                return hostShell(context, workspace);
            default:
                throw new ShellUnavailableException("no shell for a workspace of kind " + workspace.kind());
        }
    }

    private ShellSession hostShell(ToolContext context, Workspace workspace) {
        Optional<Path> binary = bubblewrap();
        if (binary.isPresent()) {
            return new HostShell(ShellLaunch.bubblewrap(binary.get(), workspace, context.networking()));
        }
        if (hostShellMode != HostShellMode.UNCONFINED_WITHOUT_BUBBLEWRAP) {
            throw new ShellUnavailableException("bash on a host directory runs jailed by bubblewrap, which is not "
                    + "available on this machine; " + Bubblewrap.INSTALL_HINT);
        }
        warnUnconfinedOnce();
        return new HostShell(ShellLaunch.unconfined(workspace, Bubblewrap.find("setsid").orElse(null)));
    }

    /** The probed bubblewrap binary, probing on first use. */
    synchronized Optional<Path> bubblewrap() {
        if (bwrap == null) {
            bwrap = probe.get();
        }
        return bwrap;
    }

    private synchronized void warnUnconfinedOnce() {
        if (!warnedUnconfined) {
            warnedUnconfined = true;
            LOG.warn("bubblewrap is not available: bash runs UNCONFINED on host directories (it can read and write "
                    + "anything this JVM's user can, and reach the network) because the application enabled "
                    + "unconfinedHostShell; {}", Bubblewrap.INSTALL_HINT);
        }
    }
}

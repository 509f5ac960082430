package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** What both kinds of workspace share: the mount table, the jail, the inverse mapping, seeding and closing. */
abstract class MountedWorkspace implements Workspace {
    static final String WORKSPACE = "/workspace";
    static final String OUTPUTS = "/mnt/session/outputs";
    static final String UPLOADS = "/mnt/session/uploads";

    private final MountTable mounts;
    private final PathResolver resolver;
    private final AtomicBoolean closed = new AtomicBoolean();

    MountedWorkspace(MountTable mounts, PathResolver.Backing backing) {
        this.mounts = mounts;
        this.resolver = new PathResolver(mounts, WORKSPACE, backing);
    }

    @Override
    public MountTable mounts() {
        return mounts;
    }

    @Override
    public String workingDirectory() {
        return WORKSPACE;
    }

    @Override
    public WorkspacePath resolve(String path, Intent intent) {
        requireOpen();
        return resolver.resolve(path, intent);
    }

    @Override
    public String toLogical(Path real) {
        Objects.requireNonNull(real, "real");
        if (!real.isAbsolute() || !real.normalize().equals(real)) {
            throw new InvalidRequestException("not an absolute normalized backing path");
        }
        return mounts.logicalSegmentsOf(real)
                .map(LogicalPaths::join)
                .orElseThrow(() -> new PathOutsideWorkspaceException(
                        "a backing location under no mount (" + real.getFileName() + ")"));
    }

    @Override
    public void seed(String logicalPath, byte[] content) {
        Objects.requireNonNull(content, "content");
        WorkspacePath target = resolve(logicalPath, Intent.READ);
        WorkspaceFiles.write(target, content);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    /** Releases what this workspace owns; called once. */
    abstract void release();

    void requireOpen() {
        if (closed.get()) {
            throw new WorkspaceException("workspace is closed");
        }
    }
}

package dev.harness4j.workspace;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import dev.harness4j.InvalidRequestException;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Objects;

/** Creates workspaces: in memory on Jimfs, or over directories of the host. */
public final class Workspaces {
    /** Freed blocks Jimfs keeps for reuse, at most: bounds the heap beyond the cap. */
    private static final long MAX_CACHE_BYTES = 16L << 20;

    private Workspaces() {
    }

    /**
     * A workspace on a fresh Jimfs file system (uniquely named by Jimfs) with {@code /workspace},
     * {@code /mnt/session/outputs} (read-write) and {@code /mnt/session/uploads} (read-only).
     */
    public static Workspace inMemory(InMemoryOptions options) {
        Objects.requireNonNull(options, "options");
        return open(Jimfs.newFileSystem(configuration(options, null)));
    }

    /**
     * Like {@link #inMemory(InMemoryOptions)}, with file times taken from {@code clock}; Jimfs picks the unique name, so
     * any number of harnesses in one JVM never clash.
     */
    public static Workspace inMemory(InMemoryOptions options, Clock clock) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        return open(Jimfs.newFileSystem(configuration(options, clock)));
    }

    /**
     * Like {@link #inMemory(InMemoryOptions)}, with the file system named {@code name} (unique among the in-memory
     * file systems open in this JVM, for example a session id) and file times taken from {@code clock}.
     */
    public static Workspace inMemory(String name, InMemoryOptions options, Clock clock) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        if (name == null || name.isEmpty()) {
            throw new InvalidRequestException("in-memory workspace name must not be empty");
        }
        FileSystem fileSystem;
        try {
            fileSystem = Jimfs.newFileSystem(name, configuration(options, clock));
        } catch (FileSystemAlreadyExistsException e) {
            throw new InvalidRequestException("an in-memory workspace named " + name + " is already open", e);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("invalid in-memory workspace name: " + name, e);
        }
        return open(fileSystem);
    }

    /**
     * A workspace over host directories: {@code /workspace} is {@code workspaceDir} (which must exist),
     * {@code /mnt/session/outputs} and {@code /mnt/session/uploads} are {@code sessionDir/outputs} and
     * {@code sessionDir/uploads} (created if missing). The directories are canonicalised now and never deleted.
     */
    public static Workspace hostDirectory(Path workspaceDir, Path sessionDir) {
        if (workspaceDir == null || sessionDir == null) {
            throw new InvalidRequestException("host workspace needs a workspace directory and a session directory");
        }
        if (!Files.isDirectory(workspaceDir)) {
            throw new InvalidRequestException("workspace directory does not exist or is not a directory: "
                    + workspaceDir);
        }
        try {
            Path workspace = workspaceDir.toRealPath();
            Path outputs = Files.createDirectories(sessionDir.resolve("outputs")).toRealPath();
            Path uploads = Files.createDirectories(sessionDir.resolve("uploads")).toRealPath();
            return new HostDirectoryWorkspace(workspace, outputs, uploads);
        } catch (IOException e) {
            throw new InvalidRequestException("cannot prepare session directory " + sessionDir + ": "
                    + IoMessages.describe(e), e);
        }
    }

    private static Configuration configuration(InMemoryOptions options, Clock clock) {
        Configuration.Builder builder = Configuration.unix().toBuilder()
                .setMaxSize(options.maxSizeBytes())
                .setMaxCacheSize(Math.min(options.maxSizeBytes(), MAX_CACHE_BYTES))
                .setWorkingDirectory(MountedWorkspace.WORKSPACE);
        // Hard links stay off: one could tie a writable name to a read-only upload.
        if (options.symlinks()) {
            builder.setSupportedFeatures(Feature.SYMBOLIC_LINKS, Feature.SECURE_DIRECTORY_STREAM, Feature.FILE_CHANNEL);
        } else {
            builder.setSupportedFeatures(Feature.SECURE_DIRECTORY_STREAM, Feature.FILE_CHANNEL);
        }
        if (clock != null) {
            builder.setFileTimeSource(() -> FileTime.from(clock.instant()));
        }
        return builder.build();
    }

    private static Workspace open(FileSystem fileSystem) {
        try {
            return JimfsWorkspace.create(fileSystem);
        } catch (IOException e) {
            closeQuietly(fileSystem, e);
            throw new WorkspaceException("cannot create the in-memory workspace: " + IoMessages.describe(e), e);
        }
    }

    private static void closeQuietly(FileSystem fileSystem, IOException failure) {
        try {
            fileSystem.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}

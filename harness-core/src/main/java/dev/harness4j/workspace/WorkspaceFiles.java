package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/** The bounded read and the atomic write that the file tools share; stateless. */
public final class WorkspaceFiles {
    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    private static final int MAX_TEMP_ATTEMPTS = 1000;

    private WorkspaceFiles() {
    }

    /**
     * Reads a whole regular file of at most {@code maxBytes} bytes.
     *
     * @throws FileTooLargeException when the file is larger, naming its size and the cap
     * @throws WorkspaceException    when it does not exist, is a directory or is not a regular file (a FIFO, say)
     */
    public static byte[] readAll(WorkspacePath path, long maxBytes) {
        Objects.requireNonNull(path, "path");
        if (maxBytes < 0) {
            throw new InvalidRequestException("maxBytes must not be negative: " + maxBytes);
        }
        long cap = Math.min(maxBytes, MAX_ARRAY_BYTES);
        String logical = path.logical();
        try {
            BasicFileAttributes attributes = attributes(path);
            if (attributes.size() > cap) {
                throw new FileTooLargeException(logical, attributes.size(), cap);
            }
            try (InputStream in = Files.newInputStream(path.real(), LinkOption.NOFOLLOW_LINKS)) {
                byte[] data = in.readNBytes((int) Math.min(cap + 1, MAX_ARRAY_BYTES));
                if (data.length > cap) {
                    throw new FileTooLargeException(logical, data.length, cap);
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            throw new WorkspaceException("file not found: " + logical, e);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + logical + ": " + IoMessages.describe(e), e);
        }
    }

    /**
     * Replaces or creates a file with {@code bytes}: re-resolves the path for writing in {@code workspace}, creates
     * missing parent directories, writes a temporary file in the target's directory and atomically moves it into
     * place. On any failure nothing is left behind: no half-written file, no temporary file, no new directory.
     *
     * @throws ReadOnlyPathException  when the path lies in a read-only mount
     * @throws WorkspaceFullException when the size cap (or the disk) is full
     * @throws WorkspaceException     when the path is a directory, a parent is not a directory, or I/O fails
     */
    public static void writeAtomically(Workspace workspace, WorkspacePath path, byte[] bytes) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (!workspace.mounts().mounts().contains(path.mount())) {
            throw new InvalidRequestException("path " + path.logical() + " was not resolved by this workspace");
        }
        WorkspacePath fresh = workspace.resolve(path.logical(), Intent.WRITE);
        if (!fresh.real().equals(path.real())) {
            throw new WorkspaceException("path changed since it was resolved: " + path.logical());
        }
        write(fresh, bytes);
    }

    /** The atomic write without the access check: for seeding. */
    static void write(WorkspacePath path, byte[] bytes) {
        Path target = path.real();
        String logical = path.logical();
        if (target.equals(path.mount().root()) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceException("is a directory: " + logical);
        }
        Deque<Path> created = new ArrayDeque<>();
        Path temp = null;
        try {
            createParents(path, created);
            temp = writeTemp(target, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            cleanUp(temp, created, e);
            if (IoMessages.isOutOfSpace(e)) {
                throw new WorkspaceFullException(logical, e);
            }
            throw new WorkspaceException("cannot write " + logical + ": " + IoMessages.describe(e), e);
        } catch (RuntimeException e) {
            cleanUp(temp, created, e);
            throw e;
        }
    }

    private static BasicFileAttributes attributes(WorkspacePath path) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(path.real(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new WorkspaceException("path changed since it was resolved: " + path.logical());
        }
        if (attributes.isDirectory()) {
            throw new WorkspaceException("is a directory: " + path.logical());
        }
        if (!attributes.isRegularFile()) {
            throw new WorkspaceException("not a regular file: " + path.logical());
        }
        return attributes;
    }

    /** Creates the missing directories between the mount root and the target, recording them outermost first. */
    private static void createParents(WorkspacePath path, Deque<Path> created) throws IOException {
        Path root = path.mount().root();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = path.real().getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new WorkspaceException("cannot write " + path.logical() + ": a parent is not a directory");
            }
            missing.addFirst(dir);
        }
        for (Path dir : missing) {
            Files.createDirectory(dir);
            created.addFirst(dir);
        }
    }

    /** Writes the bytes to a new temporary file beside the target and returns it. */
    private static Path writeTemp(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; attempt < MAX_TEMP_ATTEMPTS; attempt++) {
            Path temp = dir.resolve(".h4j-write-" + attempt + ".tmp");
            SeekableByteChannel channel;
            try {
                channel = Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (channel) {
                copyPermissions(target, temp);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return temp;
        }
        throw new IOException("no free temporary file name");
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (to.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static void cleanUp(Path temp, Deque<Path> created, Exception failure) {
        if (temp != null) {
            deleteQuietly(temp, failure);
        }
        for (Path dir : created) {
            deleteQuietly(dir, failure);
        }
    }

    private static void deleteQuietly(Path path, Exception failure) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}

package dev.harness4j.workspace;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Reads symbolic links through java.nio, for any file system. */
final class FileSystemLinks {
    private FileSystemLinks() {
    }

    /** The target of {@code real} if it is a symbolic link; empty if it is anything else or does not exist. */
    static Optional<Path> readLink(Path real) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (FileSystemException e) {
            // The parent is not a directory (ENOTDIR): nothing can exist here, so it is no link.
            Path parent = real.getParent();
            if (parent != null && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            throw e;
        }
        if (!attributes.isSymbolicLink()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readSymbolicLink(real));
        } catch (NotLinkException | NoSuchFileException e) {
            throw new IOException("symbolic link changed while it was being resolved", e);
        }
    }
}

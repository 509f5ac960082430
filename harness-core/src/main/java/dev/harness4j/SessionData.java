package dev.harness4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;

/** The directory where host-directory sessions keep outputs and uploads; a temp dir made on first use when none is given. */
final class SessionData implements Supplier<Path>, AutoCloseable {
    private final Path configured;
    private Path temp;

    SessionData(Path configured) {
        this.configured = configured;
    }

    @Override
    public synchronized Path get() {
        if (configured != null) {
            return configured;
        }
        if (temp == null) {
            try {
                temp = Files.createTempDirectory("harness4j-sessions-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary session-data directory", e);
            }
        }
        return temp;
    }

    @Override
    public synchronized void close() {
        if (temp == null) {
            return;
        }
        try {
            Files.walkFileTree(temp, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SessionData.class).warn("could not delete {}", temp, e);
        }
        temp = null;
    }
}

package dev.harness4j.bench.turn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The directory benchmarks write files in: {@code -Dbench.workdir}, else {@code target/bench-work} (on the build's
 * disk, not a tmpfs, so that fsync costs what it costs).
 */
public final class WorkDir {
    private WorkDir() {
    }

    /** The work directory, created if missing. */
    public static Path get() {
        Path dir = Path.of(System.getProperty("bench.workdir", "harness-bench/target/bench-work")).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench work directory " + dir, e);
        }
    }

    /** Deletes a tree, best effort. */
    public static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover file in target/ is harmless
        }
    }
}

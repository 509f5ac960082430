package dev.harness4j.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.harness4j.HarnessException;
import dev.harness4j.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * JSON records on disk: written to a temporary file in the same directory, forced to disk and moved over the target
 * atomically, so a crash leaves the old record or the new one, never half of one.
 */
final class AtomicFiles {
    /** Temporary files start with this and are never read as records. */
    static final String TEMP_PREFIX = ".";

    private AtomicFiles() {
    }

    /** Writes {@code value} as JSON to {@code target} atomically. */
    static void writeJson(Path target, Object value) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + target + ": " + e.getOriginalMessage(), e);
        }
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, TEMP_PREFIX + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            forceDirectory(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("the file system of " + dir + " cannot move files atomically", e);
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is never read as a record
                }
            }
        }
    }

    /** Reads a JSON record; empty when the file does not exist; a record that cannot be read is corrupt. */
    static <T> Optional<T> readJson(Path file, Class<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e, e);
        }
        try {
            return Optional.of(Json.mapper().readValue(bytes, type));
        } catch (JsonProcessingException e) {
            throw new StoreCorruptedException(file, e.getOriginalMessage(), e);
        } catch (IOException | HarnessException e) {
            throw new StoreCorruptedException(file, e.getMessage(), e);
        }
    }

    /** Deletes a file; false if it did not exist. */
    static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("cannot delete " + file + ": " + e, e);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the rename itself is still atomic.
        }
    }
}

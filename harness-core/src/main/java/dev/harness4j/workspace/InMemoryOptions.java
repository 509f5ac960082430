package dev.harness4j.workspace;

import dev.harness4j.InvalidRequestException;

/**
 * Options of an in-memory workspace.
 *
 * @param maxSizeBytes the size cap for file contents, rounded down to whole 8 KiB blocks; at least one block
 * @param symlinks     whether symbolic links can be created (off: creating one fails)
 */
public record InMemoryOptions(long maxSizeBytes, boolean symlinks) {
    /** Jimfs's block size: the cap's unit. */
    public static final int BLOCK_SIZE = 8192;
    /** The default size cap: 1 GiB. */
    public static final long DEFAULT_MAX_SIZE_BYTES = 1L << 30;

    /** Validates the cap. */
    public InMemoryOptions {
        if (maxSizeBytes < BLOCK_SIZE) {
            throw new InvalidRequestException(
                    "in-memory workspace size cap must be at least " + BLOCK_SIZE + " bytes, got " + maxSizeBytes);
        }
    }

    /** 1 GiB, symbolic links off. */
    public static InMemoryOptions defaults() {
        return new InMemoryOptions(DEFAULT_MAX_SIZE_BYTES, false);
    }

    /** A copy with another size cap. */
    public InMemoryOptions withMaxSizeBytes(long bytes) {
        return new InMemoryOptions(bytes, symlinks);
    }

    /** A copy with symbolic links allowed or not. */
    public InMemoryOptions withSymlinks(boolean allowed) {
        return new InMemoryOptions(maxSizeBytes, allowed);
    }
}

package dev.harness4j.outcome;

import dev.harness4j.InvalidRequestException;

/**
 * Caps on what {@link Deliverables#collect} reads: how many files are shown, how many bytes of one file and of all
 * files together, and how many files are listed at all (files past {@code maxFiles} are listed by path with a note).
 */
public record DeliverableLimits(int maxFiles, int maxFileBytes, long maxTotalBytes, int maxListed) {

    /** 50 files, 100 KiB each, 400 KiB in all, 1000 listed. */
    public static final DeliverableLimits DEFAULTS = new DeliverableLimits(50, 100 * 1024, 400 * 1024, 1000);

    /** Validates that the caps are positive and consistent. */
    public DeliverableLimits {
        if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < 1 || maxListed < maxFiles) {
            throw new InvalidRequestException("deliverable limits must be positive with maxListed >= maxFiles, got "
                    + maxFiles + " files, " + maxFileBytes + " bytes per file, " + maxTotalBytes + " bytes in all, "
                    + maxListed + " listed");
        }
    }
}

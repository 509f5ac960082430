package dev.harness4j.tools.shell.files;

import java.util.Locale;

/** Sizes as GNU's {@code -h} prints them (powers of 1024, rounded up, one decimal below 10) and ext4 block counts. */
final class Human {
    private static final String UNITS = "KMGTPE";

    private Human() {
    }

    /** {@code 512}, {@code 1.0K}, {@code 4.0K}, {@code 12K}, {@code 1.5M}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return Long.toString(bytes);
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        if (value < 10) {
            double tenths = Math.ceil(value * 10 - 1e-9);
            if (tenths < 100) {
                return String.format(Locale.ROOT, "%.1f%c", tenths / 10, UNITS.charAt(unit));
            }
            value = 10;
        }
        long whole = (long) Math.ceil(value - 1e-9);
        if (whole >= 1024 && unit < UNITS.length() - 1) {
            return "1.0" + UNITS.charAt(unit + 1);
        }
        return whole + String.valueOf(UNITS.charAt(unit));
    }

    /**
     * The 1 KiB blocks ext4 would allocate: files round up to 4 KiB blocks, directories take one block, symbolic
     * links (short ones live in the inode) none.
     */
    static long blocksK(java.nio.file.attribute.BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return 0;
        }
        if (a.isDirectory()) {
            return 4;
        }
        return (a.size() + 4095) / 4096 * 4;
    }
}

package dev.harness4j.tools.shell.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Timestamps as GNU prints them in full: {@code 2026-04-08 12:00:00.000000000 +0000}. */
final class FileTimes {
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS xx", Locale.ROOT);

    private FileTimes() {
    }

    /** {@code Wed Jan 15 10:00:00 2025}, as diff's context format shows times. */
    static String ctime(Instant t) {
        return Strftime.format("%a %b %e %H:%M:%S %Y", t.atZone(ZoneOffset.UTC));
    }

    static String full(Instant t) {
        return FULL.format(t.atZone(ZoneOffset.UTC));
    }
}

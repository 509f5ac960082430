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

    static String full(Instant t) {
        return FULL.format(t.atZone(ZoneOffset.UTC));
    }
}

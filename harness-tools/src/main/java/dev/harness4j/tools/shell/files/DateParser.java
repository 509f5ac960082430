package dev.harness4j.tools.shell.files;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GNU's date grammar scripts use: {@code @EPOCH}, ISO dates and times (with {@code T} or a space,
 * optional zone), {@code now}/{@code today}/{@code yesterday}/{@code tomorrow}, and {@code N unit[s] [ago]}
 * offsets after a base. Times without a zone are UTC.
 */
final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?)?\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern OFFSET = Pattern.compile("([+-]?\\d+)\\s*(second|sec|minute|min|hour|day|week|"
            + "month|year)s?(\\s+ago)?");

    private DateParser() {
    }

    /** The instant a {@code -d} string names, or null when it is not understood. */
    static Instant parse(String text, Clock clock) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("@")) {
            try {
                BigDecimal secs = new BigDecimal(s.substring(1));
                long whole = secs.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
                int nanos = secs.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
                return Instant.ofEpochSecond(whole, nanos);
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        Instant base = clock.instant();
        String rest = s;
        Matcher iso = ISO.matcher(text.trim());
        if (iso.lookingAt()) {
            base = iso(iso);
            if (base == null) {
                return null;
            }
            rest = text.trim().substring(iso.end()).trim().toLowerCase(Locale.ROOT);
        } else {
            for (String word : new String[] {"now", "today", "yesterday", "tomorrow"}) {
                if (rest.startsWith(word)) {
                    base = switch (word) {
                        case "yesterday" -> base.minus(Duration.ofDays(1));
                        case "tomorrow" -> base.plus(Duration.ofDays(1));
                        default -> base;
                    };
                    rest = rest.substring(word.length()).trim();
                    break;
                }
            }
        }
        while (!rest.isEmpty()) {
            Matcher m = OFFSET.matcher(rest);
            if (!m.lookingAt()) {
                return null;
            }
            long n = Long.parseLong(m.group(1).replace("+", ""));
            if (m.group(3) != null) {
                n = -n;
            }
            base = plus(base, n, m.group(2));
            rest = rest.substring(m.end()).trim();
        }
        return base;
    }

    private static Instant plus(Instant base, long n, String unit) {
        OffsetDateTime t = base.atOffset(ZoneOffset.UTC);
        return switch (unit) {
            case "second", "sec" -> t.plusSeconds(n).toInstant();
            case "minute", "min" -> t.plusMinutes(n).toInstant();
            case "hour" -> t.plusHours(n).toInstant();
            case "day" -> t.plusDays(n).toInstant();
            case "week" -> t.plusWeeks(n).toInstant();
            case "month" -> t.plusMonths(n).toInstant();
            default -> t.plusYears(n).toInstant();
        };
    }

    private static Instant iso(Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalDateTime t = d.atStartOfDay();
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : new BigDecimal("0" + m.group(7)).movePointRight(9).intValue();
                t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            }
            ZoneOffset zone = ZoneOffset.UTC;
            String z = m.group(8);
            if (z != null && !z.equals("Z") && !z.equals("UTC")) {
                zone = ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
            }
            return t.toInstant(zone);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** touch's {@code -t [[CC]YY]MMDDhhmm[.ss]}, or null. */
    static Instant stamp(String text, Clock clock) {
        Matcher m = Pattern.compile("(\\d{2,4})?(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:\\.(\\d{2}))?").matcher(text);
        if (!m.matches() || (m.group(1) != null && m.group(1).length() == 3)) {
            return null;
        }
        int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
        if (m.group(1) != null) {
            int y = Integer.parseInt(m.group(1));
            year = m.group(1).length() == 4 ? y : y < 69 ? 2000 + y : 1900 + y;
        }
        try {
            return LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

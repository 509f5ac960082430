package dev.harness4j.tools.shell.files;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** strftime(3) in the C locale, with GNU's {@code %N}, {@code %-d} (no padding), {@code %_d} and {@code %0e}. */
final class Strftime {
    private Strftime() {
    }

    static String format(String format, ZonedDateTime t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                b.append(c);
                continue;
            }
            char flag = 0;
            char d = format.charAt(++i);
            int start = i;
            if ((d == '-' || d == '_' || d == '0' || d == '^') && i + 1 < format.length()) {
                flag = d;
                d = format.charAt(++i);
            }
            int width = -1;
            while (d >= '0' && d <= '9' && i + 1 < format.length()) {
                width = Math.max(width, 0) * 10 + (d - '0');
                d = format.charAt(++i);
            }
            String v = field(d, t);
            if (v == null) {
                b.append('%').append(format, start, i + 1);
                continue;
            }
            v = applyFlag(flag, v);
            if (width >= 0 && d == 'N') {
                v = width == 0 ? v : v.length() >= width ? v.substring(0, width) : v + "0".repeat(width - v.length());
            } else if (width > v.length()) {
                boolean numeric = !v.isEmpty() && Character.isDigit(v.charAt(v.length() - 1)) && flag != '_';
                v = (numeric ? "0" : " ").repeat(width - v.length()) + v;
            }
            b.append(v);
        }
        return b.toString();
    }

    private static String applyFlag(char flag, String v) {
        switch (flag) {
            case '-' -> {
                String s = v.replaceFirst("^[0 ]+(?=.)", "");
                return s;
            }
            case '_' -> {
                StringBuilder s = new StringBuilder(v);
                for (int k = 0; k < s.length() - 1 && s.charAt(k) == '0'; k++) {
                    s.setCharAt(k, ' ');
                }
                return s.toString();
            }
            case '0' -> {
                return v.replace(' ', '0');
            }
            case '^' -> {
                return v.toUpperCase(Locale.ROOT);
            }
            default -> {
                return v;
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String field(char d, ZonedDateTime t) {
        return switch (d) {
            case 'Y' -> Integer.toString(t.getYear());
            case 'C' -> two(t.getYear() / 100);
            case 'y' -> two(t.getYear() % 100);
            case 'm' -> two(t.getMonthValue());
            case 'd' -> two(t.getDayOfMonth());
            case 'e' -> (t.getDayOfMonth() < 10 ? " " : "") + t.getDayOfMonth();
            case 'H' -> two(t.getHour());
            case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'k' -> (t.getHour() < 10 ? " " : "") + t.getHour();
            case 'l' -> {
                int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                yield (h < 10 ? " " : "") + h;
            }
            case 'M' -> two(t.getMinute());
            case 'S' -> two(t.getSecond());
            case 'N' -> String.format(Locale.ROOT, "%09d", t.getNano());
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 's' -> Long.toString(t.toEpochSecond());
            case 'F' -> format("%Y-%m-%d", t);
            case 'T' -> format("%H:%M:%S", t);
            case 'R' -> format("%H:%M", t);
            case 'D', 'x' -> format("%m/%d/%y", t);
            case 'X' -> format("%H:%M:%S", t);
            case 'r' -> format("%I:%M:%S %p", t);
            case 'c' -> format("%a %b %e %H:%M:%S %Y", t);
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'U' -> two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
            case 'W' -> two((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7);
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> two(t.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'Z' -> t.getOffset().getTotalSeconds() == 0 ? "UTC" : t.getZone().getId();
            case 'z' -> {
                int s = t.get(ChronoField.OFFSET_SECONDS);
                int a = Math.abs(s);
                yield (s < 0 ? "-" : "+") + two(a / 3600) + two(a / 60 % 60);
            }
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> null;
        };
    }
}

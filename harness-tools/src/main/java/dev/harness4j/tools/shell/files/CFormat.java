package dev.harness4j.tools.shell.files;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One C floating-point conversion ({@code %[flags][width][.prec](f|e|g|E|G)}) as printf(3) renders it. */
final class CFormat {
    private static final Pattern SPEC = Pattern.compile("%([-+ #0']*)(\\d*)(?:\\.(\\d*))?([feEgGaA])");

    private final String prefix;
    private final String suffix;
    private final String flags;
    private final int width;
    private final int precision;
    private final char conversion;

    private CFormat(String prefix, String suffix, String flags, int width, int precision, char conversion) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.flags = flags;
        this.width = width;
        this.precision = precision;
        this.conversion = conversion;
    }

    /** Parses a format with exactly one conversion; null when it has none or more than one. */
    static CFormat parse(String format) {
        Matcher m = SPEC.matcher(format);
        int at = -1;
        int i = 0;
        while (i < format.length()) {
            if (format.charAt(i) == '%') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
                    i += 2;
                    continue;
                }
                if (at >= 0 || !m.find(i) || m.start() != i) {
                    return null;
                }
                at = i;
                i = m.end();
                continue;
            }
            i++;
        }
        if (at < 0) {
            return null;
        }
        m.find(at);
        String prec = m.group(3);
        return new CFormat(format.substring(0, at).replace("%%", "%"), format.substring(m.end()).replace("%%", "%"),
                m.group(1), m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)),
                prec == null ? 6 : prec.isEmpty() ? 0 : Integer.parseInt(prec), m.group(4).charAt(0));
    }

    String format(BigDecimal value) {
        double v = value.doubleValue();
        String body = switch (conversion) {
            case 'f' -> String.format(Locale.ROOT, "%." + precision + "f", v);
            case 'e', 'E' -> exp(v, precision, conversion == 'E');
            default -> general(v, precision, conversion == 'G', flags.indexOf('#') >= 0);
        };
        if (flags.indexOf('+') >= 0 && !body.startsWith("-")) {
            body = "+" + body;
        } else if (flags.indexOf(' ') >= 0 && !body.startsWith("-")) {
            body = " " + body;
        }
        if (body.length() < width) {
            int pad = width - body.length();
            if (flags.indexOf('-') >= 0) {
                body = body + " ".repeat(pad);
            } else if (flags.indexOf('0') >= 0) {
                int sign = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
                body = body.substring(0, sign) + "0".repeat(pad) + body.substring(sign);
            } else {
                body = " ".repeat(pad) + body;
            }
        }
        return prefix + body + suffix;
    }

    private static String exp(double v, int precision, boolean upper) {
        String s = String.format(Locale.ROOT, "%." + precision + "e", v);
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String general(double v, int precision, boolean upper, boolean keepZeros) {
        int p = precision == 0 ? 1 : precision;
        if (v == 0) {
            return keepZeros ? String.format(Locale.ROOT, "%." + (p - 1) + "f", v) : "0";
        }
        String e = String.format(Locale.ROOT, "%." + (p - 1) + "e", v);
        int x = Integer.parseInt(e.substring(e.indexOf('e') + 1));
        String s;
        if (x < p && x >= -4) {
            s = String.format(Locale.ROOT, "%." + (p - 1 - x) + "f", v);
            if (!keepZeros && s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            String mantissa = e.substring(0, e.indexOf('e'));
            if (!keepZeros && mantissa.indexOf('.') >= 0) {
                mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            s = mantissa + e.substring(e.indexOf('e'));
        }
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }
}

package dev.harness4j.tools.shell.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * awk's value model: numbers ({@link Double}), strings ({@link String}), numeric strings from input
 * ({@link Strnum}), the uninitialized value ({@link #UNINIT}) and arrays ({@link AwkArray}); conversions and the
 * POSIX comparison rule (numeric when both sides are numeric or strnum, otherwise string).
 */
final class AwkValues {
    private AwkValues() {
    }

    /** A string from input that looks like a number: compares numerically, prints as its text. */
    record Strnum(String text, double number) {
    }

    /** The value of a variable never assigned: "" and 0 at once. */
    static final Object UNINIT = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    /** An associative array, iterated in insertion order (awk leaves the order unspecified). */
    static final class AwkArray {
        final Map<String, Object> map = new LinkedHashMap<>();
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "[ \\t\\n]*[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?[ \\t\\n]*");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX][0-9a-fA-F]+");
    private static final Pattern PREFIX = Pattern.compile(
            "[ \\t\\n\\f\\r\\x0B]*([+-]?)(0[xX][0-9a-fA-F]+|inf(?:inity)?|nan|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)",
            Pattern.CASE_INSENSITIVE);

    /** Wraps input text as a strnum when it looks numeric, else leaves it a string. */
    static Object fromInput(String s) {
        if (!s.isEmpty() && (NUMERIC.matcher(s).matches() || HEX.matcher(s).matches())) {
            return new Strnum(s, toNumber(s));
        }
        return s;
    }

    /** The numeric value of a string: its longest numeric prefix (strtod-like), 0 when none. */
    static double toNumber(String s) {
        Matcher m = PREFIX.matcher(s);
        if (!m.lookingAt()) {
            return 0;
        }
        String body = m.group(2).toLowerCase();
        double v;
        if (body.startsWith("0x")) {
            v = body.length() > 15 ? Double.parseDouble("0x" + body.substring(2) + "p0")
                    : Long.parseLong(body.substring(2), 16);
        } else if (body.startsWith("inf")) {
            v = Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            v = Double.NaN;
        } else {
            v = Double.parseDouble(body);
        }
        return m.group(1).equals("-") ? -v : v;
    }

    /** The numeric value of any scalar. */
    static double num(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Strnum s) {
            return s.number();
        }
        if (v == UNINIT) {
            return 0;
        }
        if (v instanceof String s) {
            return toNumber(s);
        }
        throw new AwkEval.AwkRuntimeException("can't use array in scalar context");
    }

    /** The string value of any scalar; numbers use {@code format} (CONVFMT or OFMT) unless integral. */
    static String str(Object v, String format) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Strnum s) {
            return s.text();
        }
        if (v == UNINIT) {
            return "";
        }
        if (v instanceof Double d) {
            return numberToString(d, format);
        }
        throw new AwkEval.AwkRuntimeException("can't use array in scalar context");
    }

    /** Integral values within int range print as integers (as mawk does); others through the format. */
    static String numberToString(double d, String format) {
        if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (format.equals("%.6g")) {
            return CFormat.floating(d, new CFormat.Spec("", -1, 6, 'g'));
        }
        return AwkFormat.sprintf(format, new Object[] {d}, "%.6g");
    }

    /** Truth: numbers and strnums by value, strings by non-emptiness. */
    static boolean truth(Object v) {
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof Strnum s) {
            return s.number() != 0;
        }
        if (v == UNINIT) {
            return false;
        }
        return !((String) v).isEmpty();
    }

    private static boolean numeric(Object v) {
        return v instanceof Double || v instanceof Strnum || v == UNINIT;
    }

    /** The POSIX comparison of two scalars. */
    static int compare(Object a, Object b, String convfmt) {
        if (numeric(a) && numeric(b)) {
            return Double.compare(num(a) == 0 ? 0.0 : num(a), num(b) == 0 ? 0.0 : num(b));
        }
        return str(a, convfmt).compareTo(str(b, convfmt));
    }
}

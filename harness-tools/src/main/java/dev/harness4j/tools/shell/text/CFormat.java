package dev.harness4j.tools.shell.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C printf conversions as glibc renders them, shared by printf and awk: integers ({@code d i u o x X}), floating
 * point ({@code f F e E g G}) rounded from the exact binary value (half-even, like glibc), strings and padding.
 */
final class CFormat {
    /** The widest field a conversion may be padded to (a guard against formats that would exhaust memory). */
    static final int MAX_WIDTH = 1 << 20;

    private CFormat() {
    }

    /** One parsed conversion: flags, width (-1 none), precision (-1 none) and the conversion letter. */
    record Spec(String flags, int width, int precision, char conversion) {
        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }
    }

    /** A conversion read from a format: its spec and the index just past its conversion character. */
    record Parsed(Spec spec, int end) {
    }

    /**
     * Reads the conversion whose {@code %} is at {@code format[i]} (not {@code %%}): flags, width and precision (a
     * {@code *} takes the next argument from {@code star}; a negative width means left-justified), then any length
     * modifiers in {@code modifiers}; null when the format ends before a conversion character.
     */
    static Parsed parse(String format, int i, String modifiers, java.util.function.LongSupplier star) {
        int n = format.length();
        int j = i + 1;
        while (j < n && "-+ #0'".indexOf(format.charAt(j)) >= 0) {
            j++;
        }
        String flags = format.substring(i + 1, j).replace("'", "");
        int width;
        if (j < n && format.charAt(j) == '*') {
            long w = star.getAsLong();
            if (w < 0) {
                flags += "-";
            }
            width = (int) Math.abs(w);
            j++;
        } else {
            int s = j;
            while (j < n && Character.isDigit(format.charAt(j))) {
                j++;
            }
            width = s == j ? -1 : Integer.parseInt(format.substring(s, j));
        }
        int precision = -1;
        if (j < n && format.charAt(j) == '.') {
            j++;
            if (j < n && format.charAt(j) == '*') {
                precision = (int) star.getAsLong();
                j++;
            } else {
                int s = j;
                while (j < n && Character.isDigit(format.charAt(j))) {
                    j++;
                }
                precision = s == j ? 0 : Integer.parseInt(format.substring(s, j));
            }
        }
        while (j < n && modifiers.indexOf(format.charAt(j)) >= 0) {
            j++;
        }
        return j >= n ? null : new Parsed(new Spec(flags, width, precision, format.charAt(j)), j + 1);
    }

    /** Pads a rendered conversion to the spec's width (left with {@code -}, zeros after the sign with {@code 0}). */
    static String pad(String body, Spec spec, boolean zeroAllowed) {
        int width = spec.width();
        if (body.length() >= width) {
            return body;
        }
        if (width > MAX_WIDTH) {
            throw new IllegalArgumentException("field width " + width + " is too large");
        }
        int fill = width - body.length();
        if (spec.has('-')) {
            return body + " ".repeat(fill);
        }
        if (zeroAllowed && spec.has('0')) {
            int signEnd = 0;
            if (!body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0) {
                signEnd = 1;
            }
            if (body.startsWith("0x", signEnd) || body.startsWith("0X", signEnd)) {
                signEnd += 2;
            }
            return body.substring(0, signEnd) + "0".repeat(fill) + body.substring(signEnd);
        }
        return " ".repeat(fill) + body;
    }

    /** A string conversion ({@code %s}): precision truncates. */
    static String string(String s, Spec spec) {
        if (spec.precision() >= 0 && spec.precision() < s.length()) {
            s = s.substring(0, spec.precision());
        }
        return pad(s, spec, false);
    }

    /** An integer conversion of a signed value; {@code u o x X} show negative values as unsigned 64-bit. */
    static String integer(long value, Spec spec) {
        char conv = spec.conversion();
        BigInteger v = BigInteger.valueOf(value);
        boolean signed = conv == 'd' || conv == 'i';
        if (!signed && value < 0) {
            v = v.add(BigInteger.ONE.shiftLeft(64));
        }
        String digits = switch (conv) {
            case 'o' -> v.toString(8);
            case 'x' -> v.toString(16);
            case 'X' -> v.toString(16).toUpperCase();
            default -> v.abs().toString();
        };
        if (spec.precision() == 0 && value == 0) {
            digits = "";
        }
        if (spec.precision() > MAX_WIDTH) {
            throw new IllegalArgumentException("precision " + spec.precision() + " is too large");
        }
        if (spec.precision() > digits.length()) {
            digits = "0".repeat(spec.precision() - digits.length()) + digits;
        }
        String prefix = "";
        if (signed) {
            prefix = value < 0 ? "-" : spec.has('+') ? "+" : spec.has(' ') ? " " : "";
        } else if (spec.has('#')) {
            if (conv == 'o' && !digits.startsWith("0")) {
                prefix = "0";
            } else if ((conv == 'x' || conv == 'X') && value != 0) {
                prefix = conv == 'x' ? "0x" : "0X";
            }
        }
        return pad(prefix + digits, spec, spec.precision() < 0);
    }

    /** A floating-point conversion ({@code f F e E g G}); default precision 6. */
    static String floating(double value, Spec spec) {
        char conv = spec.conversion();
        boolean upper = Character.isUpperCase(conv);
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        String sign = negative ? "-" : spec.has('+') ? "+" : spec.has(' ') ? " " : "";
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String s = Double.isNaN(value) ? "nan" : "inf";
            if (Double.isNaN(value)) {
                sign = spec.has('+') ? "+" : spec.has(' ') ? " " : "";
            }
            return pad(sign + (upper ? s.toUpperCase() : s), spec, false);
        }
        return exact(new BigDecimal(Math.abs(value)), negative, spec);
    }

    /** A floating-point conversion of an exact finite magnitude with its sign (for long-double-like precision). */
    static String exact(BigDecimal abs, boolean negative, Spec spec) {
        char conv = spec.conversion();
        boolean upper = Character.isUpperCase(conv);
        String sign = negative ? "-" : spec.has('+') ? "+" : spec.has(' ') ? " " : "";
        int prec = spec.precision() < 0 ? 6 : spec.precision();
        if (prec > MAX_WIDTH) {
            throw new IllegalArgumentException("precision " + prec + " is too large");
        }
        boolean alt = spec.has('#');
        String body = switch (Character.toLowerCase(conv)) {
            case 'f' -> fixed(abs, prec, alt);
            case 'e' -> exponent(abs, prec, alt);
            default -> general(abs, prec == 0 ? 1 : prec, alt);
        };
        return pad(sign + (upper ? body.toUpperCase() : body), spec, true);
    }

    /** The value of a decimal rounded to the 64-bit significand of an x87 long double (as bash's printf parses). */
    static BigDecimal toLongDouble(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal a = value.abs();
        int e = (int) Math.floor((a.unscaledValue().bitLength() - a.scale() * 3.321928094887362)) - 64;
        BigDecimal m = scale2(a, -e);
        BigDecimal low = new BigDecimal(BigInteger.ONE.shiftLeft(63));
        BigDecimal high = new BigDecimal(BigInteger.ONE.shiftLeft(64));
        while (m.compareTo(high) >= 0) {
            e++;
            m = scale2(a, -e);
        }
        while (m.compareTo(low) < 0) {
            e--;
            m = scale2(a, -e);
        }
        BigDecimal rounded = scale2(m.setScale(0, RoundingMode.HALF_EVEN), e);
        return value.signum() < 0 ? rounded.negate() : rounded;
    }

    private static BigDecimal scale2(BigDecimal v, int k) {
        if (k >= 0) {
            return v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(k)));
        }
        return v.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-k)));
    }

    private static String fixed(BigDecimal abs, int prec, boolean alt) {
        String s = abs.setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return alt && prec == 0 ? s + "." : s;
    }

    private static String exponent(BigDecimal abs, int prec, boolean alt) {
        int exp = 0;
        BigDecimal mantissa = BigDecimal.ZERO.setScale(prec);
        if (abs.signum() != 0) {
            BigDecimal rounded = abs.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
            mantissa = rounded.movePointLeft(exp).setScale(prec, RoundingMode.HALF_EVEN);
        }
        String m = mantissa.toPlainString();
        if (alt && prec == 0) {
            m += ".";
        }
        return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String general(BigDecimal abs, int p, boolean alt) {
        int x = 0;
        if (abs.signum() != 0) {
            BigDecimal rounded = abs.round(new MathContext(p, RoundingMode.HALF_EVEN));
            x = rounded.precision() - rounded.scale() - 1;
        }
        String s;
        if (p > x && x >= -4) {
            s = fixed(abs, p - 1 - x, alt);
        } else {
            s = exponent(abs, p - 1, alt);
        }
        if (alt) {
            return s;
        }
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "");
            if (mant.endsWith(".")) {
                mant = mant.substring(0, mant.length() - 1);
            }
        }
        return mant + tail;
    }
}

package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;

/** One execution of printf: walks the format, consuming arguments, until they run out. */
final class PrintfRun {
    private final CommandContext context;
    private final String format;
    private final List<String> args;
    private int next;
    int status;
    private boolean stopped;

    PrintfRun(CommandContext context, String format, List<String> args) {
        this.context = context;
        this.format = format;
        this.args = args;
    }

    void format(StringBuilder out) throws IOException {
        long rounds = 0;
        do {
            int before = next;
            once(out);
            if (stopped || next == before) {
                break;
            }
            if (++rounds % 1024 == 0) {
                context.checkCancelled();
            }
        } while (next < args.size());
    }

    private String arg() {
        return next < args.size() ? args.get(next++) : null;
    }

    private void once(StringBuilder out) throws IOException {
        int n = format.length();
        int i = 0;
        while (i < n && !stopped) {
            char c = format.charAt(i);
            if (c == '\\') {
                i = Escapes.decode(format, i, out, false);
                continue;
            }
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            CFormat.Parsed parsed = CFormat.parse(format, i, "hlLjzt", () -> toLong(arg()));
            if (parsed == null) {
                TextIo.err(context, "printf", "`" + format.substring(i) + "': missing format character");
                status = 1;
                stopped = true;
                return;
            }
            CFormat.Spec spec = parsed.spec();
            i = parsed.end();
            convert(spec, out);
        }
    }

    private void convert(CFormat.Spec spec, StringBuilder out) throws IOException {
        String a = arg();
        switch (spec.conversion()) {
            case 's' -> out.append(CFormat.string(a == null ? "" : a, spec));
            case 'b' -> {
                StringBuilder sb = new StringBuilder();
                String s = a == null ? "" : a;
                int k = 0;
                while (k < s.length()) {
                    if (s.charAt(k) == '\\') {
                        if (s.startsWith("\\c", k)) {
                            stopped = true;
                            break;
                        }
                        k = Escapes.decode(s, k, sb, true);
                    } else {
                        sb.append(s.charAt(k++));
                    }
                }
                out.append(CFormat.string(sb.toString(), spec));
            }
            case 'q' -> out.append(CFormat.string(a == null ? "''" : Escapes.shellQuote(a), spec));
            case 'c' -> out.append(CFormat.string(a == null ? "" : a.isEmpty() ? "\0" : a.substring(0,
                    Character.charCount(a.codePointAt(0))), spec));
            case 'd', 'i', 'u', 'o', 'x', 'X' -> out.append(CFormat.integer(toLong(a), spec));
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                Object v = toDouble(a);
                if (v instanceof Double d) {
                    out.append(CFormat.floating(d, spec));
                } else {
                    java.math.BigDecimal b = CFormat.toLongDouble((java.math.BigDecimal) v);
                    boolean negative = b.signum() < 0 || (b.signum() == 0 && a != null && a.strip().startsWith("-"));
                    out.append(CFormat.exact(b.abs(), negative, spec));
                }
            }
            default -> {
                TextIo.err(context, "printf", "`" + spec.conversion() + "': invalid format character");
                status = 1;
                stopped = true;
            }
        }
    }

    private long toLong(String a) {
        if (a == null || a.isEmpty()) {
            return 0;
        }
        if (a.length() >= 2 && (a.charAt(0) == '\'' || a.charAt(0) == '"')) {
            return a.codePointAt(1);
        }
        String s = a.stripLeading();
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        } else if (s.startsWith("0", i)) {
            radix = 8;
        }
        int start = i;
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 128) {
            v = v.multiply(java.math.BigInteger.valueOf(radix)).add(java.math.BigInteger.valueOf(
                    Character.digit(s.charAt(i), radix)));
            i++;
        }
        if (neg) {
            v = v.negate();
        }
        if (i == start && radix != 8 || i < s.length()) {
            invalid(a);
        }
        if (v.bitLength() > 63) {
            int keep = status;
            warn(a + ": Numerical result out of range");
            status = keep;
            return v.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return v.longValue();
    }

    /** A Double for inf/nan, otherwise the exact decimal value as a BigDecimal. */
    private Object toDouble(String a) {
        if (a == null || a.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        if (a.length() >= 2 && (a.charAt(0) == '\'' || a.charAt(0) == '"')) {
            return java.math.BigDecimal.valueOf(a.codePointAt(1));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\s*([+-]?)(0[xX][0-9a-fA-F]+|inf(?:inity)?|nan|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(a);
        if (!m.lookingAt()) {
            invalid(a);
            return java.math.BigDecimal.ZERO;
        }
        if (m.end() < a.length()) {
            invalid(a);
        }
        String body = m.group(2).toLowerCase();
        boolean negative = m.group(1).equals("-");
        if (body.startsWith("inf") || body.equals("nan")) {
            double v = body.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return negative ? -v : v;
        }
        java.math.BigDecimal v = body.startsWith("0x") ? new java.math.BigDecimal(new java.math.BigInteger(
                body.substring(2), 16)) : new java.math.BigDecimal(body);
        return negative ? v.negate() : v;
    }

    private void invalid(String a) {
        warn(a + ": invalid number");
    }

    private void warn(String message) {
        status = 1;
        try {
            TextIo.err(context, "printf", message);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

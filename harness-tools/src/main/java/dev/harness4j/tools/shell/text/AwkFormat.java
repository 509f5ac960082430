package dev.harness4j.tools.shell.text;

/** awk's printf/sprintf over {@link CFormat}: {@code %c} takes a number as a character code, {@code *} widths. */
final class AwkFormat {
    private AwkFormat() {
    }

    /** A format that ran out of arguments; mawk prints what it formatted before failing. */
    static final class PartialFormat extends AwkEval.AwkRuntimeException {
        private static final long serialVersionUID = 1L;
        final String partial;

        PartialFormat(String partial, String message) {
            super(message);
            this.partial = partial;
        }
    }

    /** Formats {@code args} (awk scalars) by a C format; {@code convfmt} renders numbers given to {@code %s}. */
    static String sprintf(String format, Object[] args, String convfmt) {
        StringBuilder out = new StringBuilder();
        int[] next = {0};
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
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
            int start = i;
            CFormat.Parsed parsed = CFormat.parse(format, i, "hlLqjzt",
                    () -> (int) AwkValues.num(next[0] < args.length ? args[next[0]++] : AwkValues.UNINIT));
            if (parsed == null) {
                out.append(format, i, n);
                break;
            }
            CFormat.Spec spec = parsed.spec();
            char conv = spec.conversion();
            if (next[0] >= args.length && "diouxXeEfFgGsc".indexOf(conv) >= 0) {
                throw new PartialFormat(out.toString(), "not enough arguments passed to printf(\"" + format + "\")");
            }
            Object arg = next[0] < args.length ? args[next[0]] : AwkValues.UNINIT;
            i = parsed.end();
            switch (conv) {
                case 'd', 'i', 'o', 'x', 'X', 'u' -> {
                    next[0]++;
                    double d = AwkValues.num(arg);
                    out.append(CFormat.integer(d >= 9.2e18 ? Long.MAX_VALUE : d <= -9.2e18 ? Long.MIN_VALUE
                            : (long) d, spec));
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    next[0]++;
                    out.append(CFormat.floating(AwkValues.num(arg), spec));
                }
                case 's' -> {
                    next[0]++;
                    out.append(CFormat.string(AwkValues.str(arg, convfmt), spec));
                }
                case 'c' -> {
                    next[0]++;
                    String s;
                    if (arg instanceof Double d) {
                        int code = (int) d.doubleValue();
                        s = new String(Character.toChars(code < 0 || code > 0x10FFFF ? code & 0xFF : code));
                    } else {
                        String t = AwkValues.str(arg, convfmt);
                        s = t.isEmpty() ? "" : t.substring(0, Character.charCount(t.codePointAt(0)));
                    }
                    out.append(CFormat.string(s, spec));
                }
                default -> out.append(format, start, i);
            }
        }
        return out.toString();
    }
}

package dev.harness4j.tools.shell;

/** The values and binary operators of shell arithmetic over 64-bit integers (wrapping like bash). */
final class ArithOps {
    private ArithOps() {
    }

    /** Applies {@code op}; {@code expr} and {@code token} go into bash's error messages. */
    static long apply(String op, long a, long b, String expr, String token) {
        switch (op) {
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/":
            case "%":
                if (b == 0) {
                    throw new Arithmetic.ArithException(expr + ": division by 0 (error token is \"" + token + "\")");
                }
                return op.equals("/") ? a / b : a % b;
            case "**":
                if (b < 0) {
                    throw new Arithmetic.ArithException(expr + ": exponent less than 0 (error token is \"" + token + "\")");
                }
                long r = 1;
                long base = a;
                for (long e = b; e > 0; e >>= 1) {
                    if ((e & 1) == 1) {
                        r *= base;
                    }
                    base *= base;
                }
                return r;
            case "<<": return a << b;
            case ">>": return a >> b;
            case "&": return a & b;
            case "|": return a | b;
            case "^": return a ^ b;
            default: throw new Arithmetic.ArithException(expr + ": syntax error (error token is \"" + token + "\")");
        }
    }

    /**
     * The value of a numeric literal: {@code base#digits}, {@code 0x} hex, leading-zero octal or decimal.
     *
     * @throws NumberFormatException when the digits do not fit the base or the value is too great
     */
    static long literal(String t) {
        int hash = t.indexOf('#');
        if (hash > 0) {
            int base = Integer.parseInt(t.substring(0, hash));
            return Long.parseLong(t.substring(hash + 1), base);
        }
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
        if (t.length() > 1 && t.startsWith("0")) {
            return Long.parseLong(t.substring(1), 8);
        }
        return Long.parseLong(t);
    }
}

package dev.harness4j.tools.shell;

/** The binary operators of shell arithmetic over 64-bit integers (wrapping like bash). */
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
}

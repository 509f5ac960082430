package dev.harness4j.tools.shell;

/** Evaluates bash arithmetic ({@code $(( ))}, {@code (( ))}, {@code let}) over 64-bit integers. */
final class Arithmetic {

    /** Reads and writes shell variables for the evaluator. */
    interface Scope {
        String get(String name);

        void set(String name, String value);
    }

    /** A malformed expression or a division by zero; the message is bash's. */
    static final class ArithException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArithException(String message) {
            super(message, null, false, false);
        }
    }

    private final String src;
    private final Scope scope;
    private final int depth;
    private int pos;

    private Arithmetic(String src, Scope scope, int depth) {
        this.src = src;
        this.scope = scope;
        this.depth = depth;
    }

    /** Evaluates {@code expression}; an empty one is 0. */
    static long eval(String expression, Scope scope) {
        return eval(expression, scope, 0);
    }

    private static long eval(String expression, Scope scope, int depth) {
        if (depth > 64) {
            throw new ArithException(expression + ": expression recursion level exceeded");
        }
        Arithmetic a = new Arithmetic(expression, scope, depth);
        a.skip();
        if (a.pos >= a.src.length()) {
            return 0;
        }
        long v = a.comma(true);
        a.skip();
        if (a.pos < a.src.length()) {
            throw a.error("syntax error in expression");
        }
        return v;
    }

    private ArithException error(String what) {
        String token = pos < src.length() ? src.substring(pos).trim() : "";
        return new ArithException(src.trim() + ": " + what + " (error token is \"" + token + "\")");
    }

    private void skip() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private boolean take(String op) {
        skip();
        if (src.startsWith(op, pos)) {
            pos += op.length();
            return true;
        }
        return false;
    }

    private boolean peekOp(String op, String... notFollowedBy) {
        skip();
        if (!src.startsWith(op, pos)) {
            return false;
        }
        for (String n : notFollowedBy) {
            if (src.startsWith(n, pos + op.length())) {
                return false;
            }
        }
        return true;
    }

    private long comma(boolean ev) {
        long v = assign(ev);
        while (take(",")) {
            v = assign(ev);
        }
        return v;
    }

    private static final String[] ASSIGN_OPS = {"<<=", ">>=", "**=", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=",
        "="};

    private long assign(boolean ev) {
        skip();
        int save = pos;
        String name = name();
        if (name != null) {
            String index = subscript(ev);
            skip();
            for (String op : ASSIGN_OPS) {
                if (src.startsWith(op, pos) && !(op.equals("=") && src.startsWith("==", pos))) {
                    pos += op.length();
                    long rhs = assign(ev);
                    if (!ev) {
                        return rhs;
                    }
                    long v = op.equals("=") ? rhs : binary(op.substring(0, op.length() - 1), read(name, index),
                            rhs);
                    scope.set(index == null ? name : name + "[" + index + "]", Long.toString(v));
                    return v;
                }
            }
        }
        pos = save;
        return ternary(ev);
    }

    private long ternary(boolean ev) {
        long c = logicalOr(ev);
        if (take("?")) {
            long a = assign(ev && c != 0);
            if (!take(":")) {
                throw error("`:' expected for conditional expression");
            }
            long b = assign(ev && c == 0);
            return c != 0 ? a : b;
        }
        return c;
    }

    private long logicalOr(boolean ev) {
        long v = logicalAnd(ev);
        while (take("||")) {
            long r = logicalAnd(ev && v == 0);
            v = (v != 0 || r != 0) ? 1 : 0;
        }
        return v;
    }

    private long logicalAnd(boolean ev) {
        long v = bitOr(ev);
        while (take("&&")) {
            long r = bitOr(ev && v != 0);
            v = (v != 0 && r != 0) ? 1 : 0;
        }
        return v;
    }

    private long bitOr(boolean ev) {
        long v = bitXor(ev);
        while (peekOp("|", "|", "=")) {
            pos++;
            v |= bitXor(ev);
        }
        return v;
    }

    private long bitXor(boolean ev) {
        long v = bitAnd(ev);
        while (peekOp("^", "=")) {
            pos++;
            v ^= bitAnd(ev);
        }
        return v;
    }

    private long bitAnd(boolean ev) {
        long v = equality(ev);
        while (peekOp("&", "&", "=")) {
            pos++;
            v &= equality(ev);
        }
        return v;
    }

    private long equality(boolean ev) {
        long v = relational(ev);
        while (true) {
            if (take("==")) {
                v = v == relational(ev) ? 1 : 0;
            } else if (take("!=")) {
                v = v != relational(ev) ? 1 : 0;
            } else {
                return v;
            }
        }
    }

    private long relational(boolean ev) {
        long v = shift(ev);
        while (true) {
            if (take("<=")) {
                v = v <= shift(ev) ? 1 : 0;
            } else if (take(">=")) {
                v = v >= shift(ev) ? 1 : 0;
            } else if (peekOp("<", "<")) {
                pos++;
                v = v < shift(ev) ? 1 : 0;
            } else if (peekOp(">", ">")) {
                pos++;
                v = v > shift(ev) ? 1 : 0;
            } else {
                return v;
            }
        }
    }

    private long shift(boolean ev) {
        long v = additive(ev);
        while (true) {
            if (peekOp("<<", "=")) {
                pos += 2;
                v = v << additive(ev);
            } else if (peekOp(">>", "=")) {
                pos += 2;
                v = v >> additive(ev);
            } else {
                return v;
            }
        }
    }

    private long additive(boolean ev) {
        long v = multiplicative(ev);
        while (true) {
            if (peekOp("+", "+", "=")) {
                pos++;
                v += multiplicative(ev);
            } else if (peekOp("-", "-", "=")) {
                pos++;
                v -= multiplicative(ev);
            } else {
                return v;
            }
        }
    }

    private long multiplicative(boolean ev) {
        long v = power(ev);
        while (true) {
            if (peekOp("*", "*", "=")) {
                pos++;
                long r = power(ev);
                v = v * r;
            } else if (peekOp("/", "=")) {
                pos++;
                long r = power(ev);
                v = ev ? binary("/", v, r) : 0;
            } else if (peekOp("%", "=")) {
                pos++;
                long r = power(ev);
                v = ev ? binary("%", v, r) : 0;
            } else {
                return v;
            }
        }
    }

    private long power(boolean ev) {
        long base = unary(ev);
        if (peekOp("**", "=")) {
            pos += 2;
            long exp = power(ev);
            return binary("**", base, exp);
        }
        return base;
    }

    private long unary(boolean ev) {
        skip();
        if (take("!")) {
            return unary(ev) == 0 ? 1 : 0;
        }
        if (take("~")) {
            return ~unary(ev);
        }
        if (peekOp("++") || peekOp("--")) {
            boolean inc = src.charAt(pos) == '+';
            pos += 2;
            skip();
            String name = name();
            if (name == null) {
                throw error("syntax error: operand expected");
            }
            String index = subscript(ev);
            long v = read(name, index) + (inc ? 1 : -1);
            if (ev) {
                scope.set(index == null ? name : name + "[" + index + "]", Long.toString(v));
            }
            return v;
        }
        if (take("-")) {
            return -unary(ev);
        }
        if (take("+")) {
            return unary(ev);
        }
        return postfix(ev);
    }

    private long postfix(boolean ev) {
        skip();
        if (take("(")) {
            long v = comma(ev);
            if (!take(")")) {
                throw error("missing `)'");
            }
            return v;
        }
        if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            return number();
        }
        String name = name();
        if (name == null) {
            throw error(pos >= src.length() ? "syntax error: operand expected" : "syntax error: operand expected");
        }
        String index = subscript(ev);
        long v = read(name, index);
        if (peekOp("++") || peekOp("--")) {
            boolean inc = src.charAt(pos) == '+';
            pos += 2;
            if (ev) {
                scope.set(index == null ? name : name + "[" + index + "]", Long.toString(v + (inc ? 1 : -1)));
            }
        }
        return v;
    }

    private String name() {
        int start = pos;
        if (pos < src.length() && Scan.nameStart(src.charAt(pos))) {
            while (pos < src.length() && Scan.nameChar(src.charAt(pos))) {
                pos++;
            }
            return src.substring(start, pos);
        }
        return null;
    }

    /** The raw text of a {@code [subscript]} after a name (the shell evaluates it per array kind), or null. */
    private String subscript(boolean ev) {
        if (pos < src.length() && src.charAt(pos) == '[') {
            int depth = 0;
            for (int i = pos; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    String text = src.substring(pos + 1, i);
                    pos = i + 1;
                    return text;
                }
            }
            throw error("missing `]'");
        }
        return null;
    }

    private long read(String name, String index) {
        String v = scope.get(index == null ? name : name + "[" + index + "]");
        if (v == null || v.isBlank()) {
            return 0;
        }
        String t = v.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return eval(t, scope, depth + 1);
        }
    }

    private long number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '#'
                || src.charAt(pos) == '_' || src.charAt(pos) == '@')) {
            pos++;
        }
        String t = src.substring(start, pos);
        try {
            return ArithOps.literal(t);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("value too great for base");
        }
    }

    private long binary(String op, long a, long b) {
        String token = pos < src.length() ? src.substring(pos).trim() : "";
        return ArithOps.apply(op, a, b, src.trim(), token);
    }
}

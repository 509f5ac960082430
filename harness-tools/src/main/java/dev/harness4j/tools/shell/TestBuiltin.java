package dev.harness4j.tools.shell;

import java.util.List;

/** {@code test} and {@code [}: POSIX argument-count rules, then {@code ! ( ) -a -o}. */
final class TestBuiltin {
    private final Interp interp;
    private final List<String> args;
    private int pos;

    private TestBuiltin(Interp interp, List<String> args) {
        this.interp = interp;
        this.args = args;
    }

    static int run(Interp interp, List<String> args, Io io, boolean bracket) {
        String name = bracket ? "[" : "test";
        if (bracket) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                interp.error(io, "bash: [: missing `]'");
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        try {
            return new TestBuiltin(interp, args).evaluate() ? 0 : 1;
        } catch (FileTests.TestError e) {
            interp.error(io, "bash: " + name + ": " + e.getMessage());
            return 2;
        }
    }

    private boolean evaluate() {
        int n = args.size();
        switch (n) {
            case 0: return false;
            case 1: return !args.get(0).isEmpty();
            case 2: return two(0);
            case 3: return three(0);
            case 4:
                if (args.get(0).equals("!")) {
                    return !three(1);
                }
                if (args.get(0).equals("(") && args.get(3).equals(")")) {
                    return two(1);
                }
                break;
            default:
                break;
        }
        boolean v = or();
        if (pos < args.size()) {
            throw new FileTests.TestError(args.get(pos) + ": unexpected argument");
        }
        return v;
    }

    private boolean two(int i) {
        String a = args.get(i);
        String b = args.get(i + 1);
        if (a.equals("!")) {
            return b.isEmpty();
        }
        if (FileTests.UNARY.contains(a)) {
            return FileTests.unary(interp, a, b);
        }
        throw new FileTests.TestError(a + ": unary operator expected");
    }

    private boolean three(int i) {
        String a = args.get(i);
        String op = args.get(i + 1);
        String b = args.get(i + 2);
        if (FileTests.BINARY.contains(op) && !op.equals("=~")) {
            return FileTests.binary(interp, op, a, b);
        }
        if (op.equals("-a")) {
            return !a.isEmpty() && !b.isEmpty();
        }
        if (op.equals("-o")) {
            return !a.isEmpty() || !b.isEmpty();
        }
        if (a.equals("!")) {
            return !two(i + 1);
        }
        if (a.equals("(") && b.equals(")")) {
            return !op.isEmpty();
        }
        throw new FileTests.TestError(op + ": binary operator expected");
    }

    private boolean or() {
        boolean v = and();
        while (pos < args.size() && args.get(pos).equals("-o")) {
            pos++;
            boolean r = and();
            v = v || r;
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (pos < args.size() && args.get(pos).equals("-a")) {
            pos++;
            boolean r = not();
            v = v && r;
        }
        return v;
    }

    private boolean not() {
        if (pos < args.size() && args.get(pos).equals("!")) {
            pos++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (pos >= args.size()) {
            throw new FileTests.TestError("argument expected");
        }
        String a = args.get(pos);
        if (a.equals("(")) {
            pos++;
            boolean v = or();
            if (pos >= args.size() || !args.get(pos).equals(")")) {
                throw new FileTests.TestError("`)' expected");
            }
            pos++;
            return v;
        }
        if (pos + 2 < args.size() + 0 && FileTests.BINARY.contains(args.get(pos + 1))) {
            boolean v = FileTests.binary(interp, args.get(pos + 1), a, args.get(pos + 2));
            pos += 3;
            return v;
        }
        if (FileTests.UNARY.contains(a) && pos + 1 < args.size()) {
            pos += 2;
            return FileTests.unary(interp, a, args.get(pos - 1));
        }
        pos++;
        return !a.isEmpty();
    }
}

package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.text.AwkAst.Expr;
import dev.harness4j.tools.shell.text.AwkValues.AwkArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Evaluates awk expressions against an {@link AwkInterp}'s state. */
final class AwkEval {
    private final AwkInterp in;
    private final AwkBuiltins builtins;
    private final Map<String, Pattern> regexCache = new HashMap<>();

    AwkEval(AwkInterp interp) {
        this.in = interp;
        this.builtins = new AwkBuiltins(interp, this);
    }

    /** A regex from a string value, compiled as an ERE and cached. */
    Pattern dynamicRegex(String source) {
        Pattern p = regexCache.get(source);
        if (p == null) {
            try {
                p = PosixRegex.compile(source, true, false, true);
            } catch (PosixRegex.RegexException e) {
                throw new AwkRuntimeException("regular expression compile failed (" + e.getMessage() + ")\n"
                        + source);
            }
            if (regexCache.size() > 500) {
                regexCache.clear();
            }
            regexCache.put(source, p);
        }
        return p;
    }

    /** The regex an expression denotes: a literal regex, or its string value as a dynamic regex. */
    Pattern regexOf(Expr e) {
        if (e instanceof AwkAst.Regex r) {
            return r.pattern();
        }
        return dynamicRegex(str(eval(e)));
    }

    boolean matches(Pattern p, String s) {
        return p.matcher(PosixRegex.guarded(s, in.context)).find();
    }

    String str(Object v) {
        return AwkValues.str(v, in.convfmt());
    }

    /** A run-time error of the awk program. */
    static class AwkRuntimeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AwkRuntimeException(String message) {
            super(message, null, false, false);
        }
    }

    Object eval(Expr e) {
        if (e instanceof AwkAst.Num n) {
            return n.value();
        }
        if (e instanceof AwkAst.Str s) {
            return s.value();
        }
        if (e instanceof AwkAst.Field f) {
            return in.record.get(fieldIndex(f));
        }
        if (e instanceof AwkAst.Var v) {
            if (v.name().equals("NF")) {
                return (double) in.record.nf();
            }
            Object value = in.globals.getOrDefault(v.name(), AwkValues.UNINIT);
            if (value instanceof AwkArray) {
                throw new AwkRuntimeException("can't use array " + v.name() + " in scalar context");
            }
            return value;
        }
        if (e instanceof AwkAst.Local l) {
            Object value = in.frame[l.slot()];
            if (value instanceof AwkArray) {
                throw new AwkRuntimeException("can't use array " + l.name() + " in scalar context");
            }
            return value;
        }
        if (e instanceof AwkAst.Index x) {
            return array(x.array()).map.computeIfAbsent(subscript(x.subscripts()), k -> AwkValues.UNINIT);
        }
        if (e instanceof AwkAst.Group g) {
            if (g.items().size() == 1) {
                return eval(g.items().get(0));
            }
            return subscript(g.items());
        }
        if (e instanceof AwkAst.Regex r) {
            return matches(r.pattern(), in.record.get0Text()) ? 1.0 : 0.0;
        }
        if (e instanceof AwkAst.Assign a) {
            return assignOp(a);
        }
        if (e instanceof AwkAst.Cond c) {
            return AwkValues.truth(eval(c.condition())) ? eval(c.then()) : eval(c.otherwise());
        }
        if (e instanceof AwkAst.Logical l) {
            boolean left = AwkValues.truth(eval(l.left()));
            if (l.and() ? !left : left) {
                return left ? 1.0 : 0.0;
            }
            return AwkValues.truth(eval(l.right())) ? 1.0 : 0.0;
        }
        if (e instanceof AwkAst.Unary u) {
            Object v = eval(u.operand());
            return switch (u.op()) {
                case '!' -> AwkValues.truth(v) ? 0.0 : 1.0;
                case '-' -> -AwkValues.num(v);
                default -> AwkValues.num(v);
            };
        }
        if (e instanceof AwkAst.Binary b) {
            return binary(b);
        }
        if (e instanceof AwkAst.IncDec d) {
            double old = AwkValues.num(eval(d.target()));
            double now = d.increment() ? old + 1 : old - 1;
            assign(d.target(), now);
            return d.prefix() ? now : old;
        }
        if (e instanceof AwkAst.In i) {
            return array(i.array()).map.containsKey(subscript(i.subscripts())) ? 1.0 : 0.0;
        }
        if (e instanceof AwkAst.Call c) {
            return call(c);
        }
        if (e instanceof AwkAst.Builtin b) {
            return builtins.call(b.name(), b.args());
        }
        if (e instanceof AwkAst.Getline g) {
            try {
                return in.io.getline(g);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private int fieldIndex(AwkAst.Field f) {
        double d = AwkValues.num(eval(f.index()));
        if (d > 1 << 20) {
            throw new AwkRuntimeException("field index $" + (long) d + " too large");
        }
        if (d < 0) {
            throw new AwkRuntimeException("negative field index $" + (long) d);
        }
        return (int) d;
    }

    String subscript(List<Expr> subs) {
        if (subs.size() == 1) {
            return str(eval(subs.get(0)));
        }
        String sep = in.special("SUBSEP");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < subs.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(str(eval(subs.get(i))));
        }
        return sb.toString();
    }

    /** The array a Var or Local names, created on first use. */
    AwkArray array(Expr e) {
        if (e instanceof AwkAst.Var v) {
            Object value = in.globals.get(v.name());
            if (value instanceof AwkArray a) {
                return a;
            }
            if (value != null && value != AwkValues.UNINIT) {
                throw new AwkRuntimeException("can't use scalar " + v.name() + " as array");
            }
            AwkArray a = new AwkArray();
            in.globals.put(v.name(), a);
            return a;
        }
        if (e instanceof AwkAst.Local l) {
            Object value = in.frame[l.slot()];
            if (value instanceof AwkArray a) {
                return a;
            }
            if (value != AwkValues.UNINIT) {
                throw new AwkRuntimeException("can't use scalar " + l.name() + " as array");
            }
            AwkArray a = new AwkArray();
            in.frame[l.slot()] = a;
            return a;
        }
        throw new AwkRuntimeException("not an array");
    }

    /** Stores a scalar into an lvalue. */
    void assign(Expr target, Object value) {
        if (target instanceof AwkAst.Var v) {
            if (v.name().equals("NF")) {
                in.record.setNf((int) AwkValues.num(value));
            } else {
                if (in.globals.get(v.name()) instanceof AwkArray) {
                    throw new AwkRuntimeException("can't assign to " + v.name() + "; it's an array name.");
                }
                in.globals.put(v.name(), value);
            }
        } else if (target instanceof AwkAst.Local l) {
            in.frame[l.slot()] = value;
        } else if (target instanceof AwkAst.Field f) {
            in.record.set(fieldIndex(f), str(value));
        } else if (target instanceof AwkAst.Index x) {
            array(x.array()).map.put(subscript(x.subscripts()), value);
        } else if (target instanceof AwkAst.Group g && g.items().size() == 1) {
            assign(g.items().get(0), value);
        } else {
            throw new AwkRuntimeException("assignment to a non-variable");
        }
    }

    private Object assignOp(AwkAst.Assign a) {
        Object value;
        if (a.op().equals("=")) {
            value = eval(a.value());
            if (value instanceof AwkArray) {
                throw new AwkRuntimeException("can't assign an array");
            }
        } else {
            double right = AwkValues.num(eval(a.value()));
            double left = AwkValues.num(eval(a.target()));
            value = arithmetic(a.op().substring(0, 1), left, right);
        }
        assign(a.target(), value);
        return value;
    }

    private double arithmetic(String op, double l, double r) {
        return switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "/" -> {
                if (r == 0) {
                    throw new AwkRuntimeException("division by zero");
                }
                yield l / r;
            }
            case "%" -> {
                if (r == 0) {
                    throw new AwkRuntimeException("division by zero in %");
                }
                yield l % r;
            }
            default -> Math.pow(l, r);
        };
    }

    private Object binary(AwkAst.Binary b) {
        String op = b.op();
        switch (op) {
            case " ": {
                String left = str(eval(b.left()));
                String right = str(eval(b.right()));
                if ((long) left.length() + right.length() > in.context.limits().maxStringLength()) {
                    in.abort("string longer than " + in.context.limits().maxStringLength() + " characters");
                }
                return left.concat(right);
            }
            case "~":
            case "!~": {
                String s = str(eval(b.left()));
                boolean m = matches(regexOf(b.right()), s);
                return m == op.equals("~") ? 1.0 : 0.0;
            }
            case "<":
            case "<=":
            case "==":
            case "!=":
            case ">":
            case ">=": {
                int c = AwkValues.compare(eval(b.left()), eval(b.right()), in.convfmt());
                boolean r = switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case "==" -> c == 0;
                    case "!=" -> c != 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
                return r ? 1.0 : 0.0;
            }
            default:
                double l = AwkValues.num(eval(b.left()));
                double r = AwkValues.num(eval(b.right()));
                return arithmetic(op, l, r);
        }
    }

    private Object call(AwkAst.Call c) {
        AwkAst.Function f = in.program.functions().get(c.name());
        if (f == null) {
            throw new AwkRuntimeException("function " + c.name() + " never defined");
        }
        if (c.args().size() > f.params().size()) {
            throw new AwkRuntimeException("too many arguments in call to " + c.name());
        }
        if (++in.depth > in.context.limits().maxCallDepth() * 10) {
            in.abort("function call nesting too deep");
        }
        Object[] locals = new Object[f.params().size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = AwkValues.UNINIT;
        }
        for (int i = 0; i < c.args().size(); i++) {
            Expr arg = c.args().get(i);
            boolean name = arg instanceof AwkAst.Var || arg instanceof AwkAst.Local;
            Object value = null;
            if (name) {
                value = arg instanceof AwkAst.Var v ? in.globals.get(v.name()) : in.frame[((AwkAst.Local) arg).slot()];
                if ((value == null || value == AwkValues.UNINIT) && f.arrayParams()[i]) {
                    value = array(arg);
                }
            }
            if (value instanceof AwkArray) {
                locals[i] = value;
            } else {
                locals[i] = eval(arg);
            }
        }
        Object[] saved = in.frame;
        in.frame = locals;
        try {
            in.exec(f.body());
            return AwkValues.UNINIT;
        } catch (AwkControl ctl) {
            if (ctl.kind == AwkControl.Kind.RETURN) {
                Object r = in.returnValue;
                in.returnValue = AwkValues.UNINIT;
                return r;
            }
            throw ctl;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            in.frame = saved;
            in.depth--;
        }
    }
}

package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.text.AwkAst.Expr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * awk's builtin functions. {@code substr} truncates its positions like mawk; {@code rand} is a seeded
 * {@link Random} (seed 0 until {@code srand}; {@code srand()} seeds from the shell clock), so runs repeat.
 */
final class AwkBuiltins {
    private final AwkInterp in;
    private final AwkEval eval;
    private Random random = new Random(0);
    private double seed;

    AwkBuiltins(AwkInterp interp, AwkEval eval) {
        this.in = interp;
        this.eval = eval;
    }

    private String s(Expr e) {
        return eval.str(eval.eval(e));
    }

    private double n(Expr e) {
        return AwkValues.num(eval.eval(e));
    }

    private void arity(String name, List<Expr> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new AwkEval.AwkRuntimeException("wrong number of arguments in call to " + name);
        }
    }

    Object call(String name, List<Expr> args) {
        switch (name) {
            case "length" -> {
                arity(name, args, 0, 1);
                if (args.isEmpty()) {
                    return (double) cps(in.record.get0Text());
                }
                Expr a = args.get(0);
                if (a instanceof AwkAst.Var v && in.globals.get(v.name()) instanceof AwkValues.AwkArray arr) {
                    return (double) arr.map.size();
                }
                if (a instanceof AwkAst.Local l && in.frame[l.slot()] instanceof AwkValues.AwkArray arr) {
                    return (double) arr.map.size();
                }
                return (double) cps(s(a));
            }
            case "substr" -> {
                arity(name, args, 2, 3);
                return substr(s(args.get(0)), n(args.get(1)), args.size() > 2 ? n(args.get(2)) : Double.NaN);
            }
            case "index" -> {
                arity(name, args, 2, 2);
                String hay = s(args.get(0));
                int at = hay.indexOf(s(args.get(1)));
                return at < 0 ? 0.0 : (double) (hay.codePointCount(0, at) + 1);
            }
            case "split" -> {
                arity(name, args, 2, 3);
                return split(args);
            }
            case "sub", "gsub" -> {
                arity(name, args, 2, 3);
                return substitute(args, name.equals("gsub"));
            }
            case "match" -> {
                arity(name, args, 2, 2);
                String str = s(args.get(0));
                Matcher m = eval.regexOf(args.get(1)).matcher(PosixRegex.guarded(str, in.context));
                double start = 0;
                double length = -1;
                if (PosixRegex.find(m, 0, str.length())) {
                    start = str.codePointCount(0, m.start()) + 1;
                    length = str.codePointCount(m.start(), m.end());
                }
                in.globals.put("RSTART", start);
                in.globals.put("RLENGTH", length);
                return start;
            }
            case "sprintf" -> {
                if (args.isEmpty()) {
                    throw new AwkEval.AwkRuntimeException("sprintf: no format");
                }
                Object[] values = new Object[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    values[i - 1] = eval.eval(args.get(i));
                }
                return AwkFormat.sprintf(s(args.get(0)), values, in.convfmt());
            }
            case "sin" -> {
                return Math.sin(n(args.get(0)));
            }
            case "cos" -> {
                return Math.cos(n(args.get(0)));
            }
            case "atan2" -> {
                arity(name, args, 2, 2);
                return Math.atan2(n(args.get(0)), n(args.get(1)));
            }
            case "exp" -> {
                return Math.exp(n(args.get(0)));
            }
            case "log" -> {
                return Math.log(n(args.get(0)));
            }
            case "sqrt" -> {
                return Math.sqrt(n(args.get(0)));
            }
            case "int" -> {
                arity(name, args, 1, 1);
                double d = n(args.get(0));
                return d < 0 ? Math.ceil(d) : Math.floor(d);
            }
            case "rand" -> {
                return random.nextDouble();
            }
            case "srand" -> {
                double previous = seed;
                seed = args.isEmpty() ? (double) in.context.clock().instant().getEpochSecond() : n(args.get(0));
                random = new Random(Double.doubleToLongBits(seed));
                return previous;
            }
            case "tolower" -> {
                return s(args.get(0)).toLowerCase(java.util.Locale.ROOT);
            }
            case "toupper" -> {
                return s(args.get(0)).toUpperCase(java.util.Locale.ROOT);
            }
            case "system" -> {
                try {
                    return (double) in.io.system(s(args.get(0)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "close" -> {
                try {
                    return (double) in.io.close(s(args.get(0)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "fflush" -> {
                try {
                    in.io.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 0.0;
            }
            default -> throw new AwkEval.AwkRuntimeException("function " + name + " never defined");
        }
    }

    private static int cps(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String substr(String s, double m, double n) {
        int len = cps(s);
        long start = (long) m;
        long count = Double.isNaN(n) ? Long.MAX_VALUE / 2 : (long) n;
        if (start < 1) {
            start = 1;
        }
        if (count <= 0 || start > len) {
            return "";
        }
        long end = Math.min(len + 1L, start + count);
        int from = s.offsetByCodePoints(0, (int) start - 1);
        int to = s.offsetByCodePoints(0, (int) end - 1);
        return s.substring(from, to);
    }

    private Object split(List<Expr> args) {
        String str = s(args.get(0));
        AwkValues.AwkArray array = eval.array(args.get(1));
        List<String> parts;
        if (args.size() > 2 && args.get(2) instanceof AwkAst.Regex r) {
            parts = AwkRecord.splitFields(str, r.source().length() == 1 ? "(" + r.source() + ")" : r.source(),
                    false, in);
        } else {
            String fs = args.size() > 2 ? s(args.get(2)) : in.special("FS");
            parts = AwkRecord.splitFields(str, fs, false, in);
        }
        array.map.clear();
        for (int i = 0; i < parts.size(); i++) {
            array.map.put(Integer.toString(i + 1), AwkValues.fromInput(parts.get(i)));
        }
        return (double) parts.size();
    }

    private Object substitute(List<Expr> args, boolean global) {
        Pattern p = eval.regexOf(args.get(0));
        String repl = s(args.get(1));
        Expr target = args.size() > 2 ? args.get(2) : new AwkAst.Field(new AwkAst.Num(0));
        String text = eval.str(eval.eval(target));
        Matcher m = p.matcher(PosixRegex.guarded(text, in.context));
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        int count = 0;
        int lastEnd = -1;
        int from = 0;
        while (PosixRegex.find(m, from, text.length())) {
            if (m.start() == m.end() && m.start() == lastEnd) {
                from = m.start() + 1;
                continue;
            }
            lastEnd = m.end();
            from = m.end() == m.start() ? m.end() + 1 : m.end();
            sb.append(text, copied, m.start());
            for (int i = 0; i < repl.length(); i++) {
                char c = repl.charAt(i);
                if (c == '\\' && i + 1 < repl.length() && (repl.charAt(i + 1) == '&' || repl.charAt(i + 1) == '\\')) {
                    sb.append(repl.charAt(++i));
                } else if (c == '&') {
                    sb.append(m.group());
                } else {
                    sb.append(c);
                }
            }
            copied = m.end();
            count++;
            if (!global) {
                break;
            }
        }
        if (count > 0) {
            sb.append(text, copied, text.length());
            if (AwkExprParser.lvalue(target)) {
                eval.assign(target, sb.toString());
            }
        }
        return (double) count;
    }
}

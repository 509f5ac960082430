package dev.harness4j.tools.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Executes syntax trees: one instance per shell or subshell, sharing the call's budget. */
final class Interp {
    final ShellRuntime rt;
    private final ShellState state;
    private final Budget budget;
    final int depth;
    private final Expander expander;
    private final Globber globber;
    private final SimpleRunner simple;
    private final Compound compound;
    int condition;
    int loopDepth;
    int callDepth;
    int sourceDepth;
    OutputStream stderr;
    int substitutionStatus = -1;

    Interp(ShellRuntime rt, ShellState state, Budget budget, int depth, OutputStream stderr) {
        this.rt = rt;
        this.state = state;
        this.budget = budget;
        this.depth = depth;
        this.stderr = stderr;
        this.expander = new Expander(this);
        this.globber = new Globber(this);
        this.simple = new SimpleRunner(this);
        this.compound = new Compound(this);
    }

    ShellState state() {
        return state;
    }

    Budget budget() {
        return budget;
    }

    Expander expander() {
        return expander;
    }

    Globber globber() {
        return globber;
    }

    SimpleRunner simple() {
        return simple;
    }

    /** A subshell: a copy of the state one level deeper. */
    Interp child() {
        budget.depth(depth + callDepth + 1);
        Interp c = new Interp(rt, state.copy(), budget, depth + callDepth + 1, stderr);
        c.condition = condition;
        return c;
    }

    /** Runs a node and records its status in {@code $?}. */
    int run(Node n, Io io) {
        budget.check();
        int status;
        if (n instanceof Node.Sequence s) {
            status = 0;
            for (Node item : s.items()) {
                status = run(item, io);
            }
            return status;
        } else if (n instanceof Node.Simple s) {
            status = simple.run(s, io);
            state.vars.setArray("PIPESTATUS", List.of(Integer.toString(status)));
        } else if (n instanceof Node.Pipeline p) {
            status = Pipelines.run(this, p, io);
        } else if (n instanceof Node.AndOr a) {
            return andOr(a, io);
        } else if (n instanceof Node.FunctionDef f) {
            state.functions.put(f.name(), f);
            status = 0;
        } else {
            status = compound.run(n, io);
        }
        state.lastStatus = status;
        if (status != 0 && state.errexit && condition == 0 && errexitApplies(n)) {
            throw new Control.Exit(status);
        }
        return status;
    }

    private static boolean errexitApplies(Node n) {
        return !(n instanceof Node.Pipeline p && p.negate()) && !(n instanceof Node.If) && !(n instanceof Node.Loop)
                && !(n instanceof Node.For) && !(n instanceof Node.Case) && !(n instanceof Node.Group);
    }

    private int andOr(Node.AndOr a, Io io) {
        int status;
        condition++;
        try {
            status = run(a.items().get(0), io);
        } finally {
            condition--;
        }
        for (int i = 1; i < a.items().size(); i++) {
            String op = a.ops().get(i - 1);
            if (op.equals("&&") == (status == 0)) {
                boolean last = i == a.items().size() - 1;
                if (!last) {
                    condition++;
                }
                try {
                    status = run(a.items().get(i), io);
                } finally {
                    if (!last) {
                        condition--;
                    }
                }
            }
        }
        state.lastStatus = status;
        return status;
    }

    /** Runs a node as a condition ({@code set -e} does not apply). */
    int test(Node n, Io io) {
        condition++;
        try {
            return run(n, io);
        } finally {
            condition--;
        }
    }

    /** Calls a shell function with arguments. */
    int call(Node.FunctionDef f, List<String> args, Io io) {
        budget.depth(depth + callDepth + 1);
        List<String> saved = state.positional;
        state.positional = new java.util.ArrayList<>(args);
        state.vars.push();
        List<String> stack = new java.util.ArrayList<>();
        stack.add(f.name());
        Variables.Var outer = state.vars.find("FUNCNAME");
        if (outer != null) {
            stack.addAll(outer.list());
        }
        state.vars.local("FUNCNAME");
        state.vars.setArray("FUNCNAME", stack);
        callDepth++;
        int savedLoops = loopDepth;
        loopDepth = 0;
        try {
            return run(f.body(), io);
        } catch (Control.Return r) {
            state.lastStatus = r.status;
            return r.status;
        } finally {
            loopDepth = savedLoops;
            callDepth--;
            state.vars.pop();
            state.positional = saved;
        }
    }

    /** Runs {@code <(…)} to completion and returns the {@code /dev/fd/N} path its output can be read from. */
    String processSubstitution(String source) {
        String text = commandOutput(source);
        String path = "/dev/fd/" + (63 - budget.processOutputs.size());
        budget.processOutputs.put(path, text.getBytes(StandardCharsets.UTF_8));
        return path;
    }

    /** Runs {@code $(…)}: a subshell whose output, minus trailing newlines, becomes the text. */
    String commandSubstitution(String source) {
        String trimmed = source.strip();
        if (trimmed.startsWith("<") && !trimmed.startsWith("<<") && !trimmed.contains("\n")) {
            Node.Simple s = (Node.Simple) Parser.parse("cat " + trimmed);
            String name = expander.string(s.redirects().get(0).target());
            String text = CoreBuiltins.readFile(this, name, new Io(InputStream.nullInputStream(),
                    OutputStream.nullOutputStream(), stderr), "bash");
            state.lastStatus = text == null ? 1 : 0;
            return text == null ? "" : budget.string(text.replaceAll("\n+$", ""));
        }
        String s = commandOutput(source);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private String commandOutput(String source) {
        Interp sub = child();
        sub.state.errexit = false;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OutputStream bounded = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                budget.check();
                if (buffer.size() + (long) len > budget.limits.maxStringLength()) {
                    throw budget.limit(budget.limits.maxStringLength() + " characters in one string",
                            "maxStringLength");
                }
                buffer.write(b, off, len);
            }
        };
        Io io = new Io(InputStream.nullInputStream(), bounded, stderr);
        int status = sub.runScript(source, io);
        substitutionStatus = status;
        state.lastStatus = status;
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Parses and runs source text in this interpreter, as a (sub)shell would: exit ends it. */
    int runScript(String source, Io io) {
        Parser parser = new Parser(source);
        try {
            int status = 0;
            while (true) {
                Node line;
                try {
                    line = parser.nextLine();
                } catch (ParseException e) {
                    error(io, "bash: " + e.getMessage());
                    state.lastStatus = 2;
                    return 2;
                }
                if (line == null) {
                    return status;
                }
                status = run(line, io);
            }
        } catch (Control.Exit e) {
            return e.status;
        } catch (ShellError e) {
            error(io, e.getMessage());
            return e.status;
        } catch (Control.Break | Control.Continue e) {
            return 0;
        } catch (Control.Return r) {
            return r.status;
        }
    }

    /** Runs and clears the EXIT trap, if any, when this (sub)shell ends with {@code status}. */
    int exitTrap(int status, Io io) {
        String trap = state.exitTrap;
        if (trap == null) {
            return status;
        }
        state.exitTrap = null;
        state.lastStatus = status;
        try {
            CoreBuiltins.evalString(this, trap, io);
        } catch (Control.Exit e) {
            return e.status;
        } catch (ShellError e) {
            error(io, e.getMessage());
        } catch (Control.Break | Control.Continue | Control.Return e) {
            return status;
        }
        return status;
    }

    /** Evaluates arithmetic over the shell's variables; errors are fatal like in bash. */
    long arithmetic(String expr) {
        try {
            return Arithmetic.eval(expr, new Arithmetic.Scope() {
                @Override
                public String get(String name) {
                    int b = name.indexOf('[');
                    if (b > 0) {
                        return element(name.substring(0, b), name.substring(b + 1, name.length() - 1));
                    }
                    String v = special(name);
                    if (v == null && state.nounset) {
                        throw new ShellError("bash: " + name + ": unbound variable", 127);
                    }
                    return v;
                }

                @Override
                public void set(String name, String value) {
                    int b = name.indexOf('[');
                    if (b > 0) {
                        assign(name.substring(0, b), name.substring(b + 1, name.length() - 1), value);
                    } else {
                        assign(name, null, value);
                    }
                }
            });
        } catch (Arithmetic.ArithException e) {
            throw new ShellError("bash: " + e.getMessage(), 1);
        }
    }

    /** Assigns a variable or array element ({@code index} is the unexpanded subscript text). */
    void assign(String name, String index, String value) {
        budget.string(value);
        try {
            if (index == null) {
                Variables.Var v = state.vars.find(name);
                if (v != null && v.assoc != null) {
                    v.assoc.put("0", value);
                } else {
                    state.vars.set(name, value);
                }
                return;
            }
            Variables.Var v = state.vars.find(name);
            if (v != null && v.assoc != null) {
                if (v.readonly) {
                    throw new Variables.ReadonlyException(name);
                }
                v.assoc.put(expander.string(WordParser.parse(index)), value);
                return;
            }
            state.vars.setIndex(name, subscript(v, index), value);
            state.vars.find(name).array = true;
        } catch (Variables.ReadonlyException e) {
            throw new ShellError("bash: " + e.getMessage(), 1);
        }
    }

    private int subscript(Variables.Var v, String index) {
        long i = arithmetic(expander.string(WordParser.parse(index)));
        if (i < 0 && v != null && !v.values.isEmpty()) {
            i += v.values.lastKey() + 1;
        }
        return (int) i;
    }

    /** The element {@code name[index]} ({@code index} unexpanded), or null when unset. */
    String element(String name, String index) {
        Variables.Var v = state.vars.find(name);
        if (v == null) {
            subscript(null, index);
            return null;
        }
        if (v.assoc != null) {
            return v.assoc.get(expander.string(WordParser.parse(index)));
        }
        return v.values.get(subscript(v, index));
    }

    /** Unsets {@code name[index]}. */
    void unsetElement(String name, String index) {
        Variables.Var v = state.vars.find(name);
        if (v == null) {
            return;
        }
        if (v.assoc != null) {
            v.assoc.remove(expander.string(WordParser.parse(index)));
        } else {
            v.values.remove(subscript(v, index));
        }
    }

    /** The value of a variable or special parameter, or null when unset. */
    String special(String name) {
        switch (name) {
            case "?": return Integer.toString(state.lastStatus);
            case "#": return Integer.toString(state.positional.size());
            case "$": return "4242";
            case "!": return state.vars.get("!") == null ? null : state.vars.get("!");
            case "-": return state.flags();
            case "0": return state.scriptName;
            case "RANDOM": return Integer.toString(state.random());
            default:
                break;
        }
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            int i = Integer.parseInt(name);
            return i >= 1 && i <= state.positional.size() ? state.positional.get(i - 1) : null;
        }
        return state.vars.get(name);
    }

    /** Writes a line to stderr, ignoring stream failures. */
    void error(Io io, String message) {
        try {
            OutputStream err = io == null ? stderr : io.err();
            err.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // stderr itself is gone; nothing left to tell
        }
    }
}

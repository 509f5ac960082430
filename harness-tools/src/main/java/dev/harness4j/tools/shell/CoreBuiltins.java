package dev.harness4j.tools.shell;

import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builtins that change or report the shell's state: cd, set, shift, exit, eval, source, type… */
final class CoreBuiltins {
    private CoreBuiltins() {
    }

    static void register(Map<String, Builtin> b) {
        b.put("cd", CoreBuiltins::cd);
        b.put("pwd", (i, a, io) -> out(io, i.state().cwd + "\n"));
        b.put("true", (i, a, io) -> 0);
        b.put(":", (i, a, io) -> 0);
        b.put("false", (i, a, io) -> 1);
        b.put("test", (i, a, io) -> TestBuiltin.run(i, a, io, false));
        b.put("[", (i, a, io) -> TestBuiltin.run(i, a, io, true));
        b.put("shift", CoreBuiltins::shift);
        b.put("exit", (i, a, io) -> {
            throw new Control.Exit(a.isEmpty() ? i.state().lastStatus : status(i, a.get(0), io, "exit"));
        });
        b.put("return", (i, a, io) -> {
            if (i.callDepth == 0 && i.sourceDepth == 0) {
                i.error(io, "bash: return: can only `return' from a function or sourced script");
                return 2;
            }
            throw new Control.Return(a.isEmpty() ? i.state().lastStatus : status(i, a.get(0), io, "return"));
        });
        b.put("break", (i, a, io) -> loopControl(i, a, io, true));
        b.put("continue", (i, a, io) -> loopControl(i, a, io, false));
        b.put("eval", (i, a, io) -> evalString(i, String.join(" ", a), io));
        b.put("source", CoreBuiltins::source);
        b.put(".", CoreBuiltins::source);
        b.put("wait", (i, a, io) -> 0);
        b.put("shopt", CoreBuiltins::shopt);
        b.put("hash", (i, a, io) -> 0);
        b.put("umask", (i, a, io) -> a.isEmpty() ? out(io, "0022\n") : 0);
        b.put("trap", CoreBuiltins::trap);
        b.put("let", CoreBuiltins::let);
        b.put("getopts", Getopts::run);
        b.put("type", CoreBuiltins::type);
        b.put("command", CoreBuiltins::command);
        b.put("help", (i, a, io) -> out(io, "harness4j shell: commands: " + String.join(" ",
                i.simple().commandNames()) + "\n"));
        b.put("bash", CoreBuiltins::bash);
        b.put("sh", CoreBuiltins::bash);
        VarBuiltins.register(b);
        IoBuiltins.register(b);
    }

    static int out(Io io, String s) throws IOException {
        io.out().write(s.getBytes(StandardCharsets.UTF_8));
        return 0;
    }

    private static int status(Interp interp, String s, Io io, String name) {
        try {
            return (int) (Long.parseLong(s.trim()) & 0xff);
        } catch (NumberFormatException e) {
            interp.error(io, "bash: " + name + ": " + s + ": numeric argument required");
            return 2;
        }
    }

    private static int cd(Interp interp, List<String> args, Io io) throws IOException {
        ShellState st = interp.state();
        List<String> a = args.isEmpty() || !args.get(0).equals("--") ? args : args.subList(1, args.size());
        while (!a.isEmpty() && (a.get(0).equals("-P") || a.get(0).equals("-L"))) {
            a = a.subList(1, a.size());
        }
        if (a.size() > 1) {
            interp.error(io, "bash: cd: too many arguments");
            return 1;
        }
        String target;
        boolean print = false;
        if (a.isEmpty()) {
            target = st.vars.get("HOME");
            if (target == null) {
                interp.error(io, "bash: cd: HOME not set");
                return 1;
            }
        } else if (a.get(0).equals("-")) {
            target = st.vars.get("OLDPWD");
            if (target == null) {
                interp.error(io, "bash: cd: OLDPWD not set");
                return 1;
            }
            print = true;
        } else {
            target = a.get(0);
        }
        String logical = ShellContext.absolute(st.cwd, target);
        Path real;
        try {
            real = ShellContext.resolvePath(interp, logical, Intent.READ);
        } catch (ShellPathException e) {
            interp.error(io, "bash: cd: " + target + ": " + e.getMessage());
            return 1;
        }
        if (!Files.exists(real)) {
            interp.error(io, "bash: cd: " + target + ": No such file or directory");
            return 1;
        }
        if (!Files.isDirectory(real)) {
            interp.error(io, "bash: cd: " + target + ": Not a directory");
            return 1;
        }
        String old = st.cwd;
        st.cwd = logical;
        st.vars.set("OLDPWD", old);
        st.vars.set("PWD", logical);
        if (print) {
            out(io, logical + "\n");
        }
        return 0;
    }

    private static int shopt(Interp interp, List<String> args, Io io) throws IOException {
        Boolean set = null;
        boolean quiet = false;
        ShellState st = interp.state();
        int status = 0;
        for (String a : args) {
            switch (a) {
                case "-s" -> set = true;
                case "-u" -> set = false;
                case "-q" -> quiet = true;
                case "nullglob", "dotglob" -> {
                    boolean on = a.equals("nullglob") ? st.nullglob : st.dotglob;
                    if (set == null) {
                        if (!quiet) {
                            out(io, String.format("%-15s\t%s%n", a, on ? "on" : "off"));
                        }
                        status = on ? status : 1;
                    } else if (a.equals("nullglob")) {
                        st.nullglob = set;
                    } else {
                        st.dotglob = set;
                    }
                }
                default -> { }
            }
        }
        return status;
    }

    private static int trap(Interp interp, List<String> args, Io io) throws IOException {
        if (args.isEmpty() || args.get(0).equals("-p")) {
            String t = interp.state().exitTrap;
            return t == null ? 0 : out(io, "trap -- " + VarBuiltins.sq(t) + " EXIT\n");
        }
        String action = args.get(0);
        for (String signal : args.subList(1, args.size())) {
            if (signal.equals("EXIT") || signal.equals("0")) {
                interp.state().exitTrap = action.equals("-") || action.isEmpty() ? null : action;
            }
        }
        return 0;
    }

    private static int shift(Interp interp, List<String> args, Io io) {
        int n = 1;
        if (!args.isEmpty()) {
            try {
                n = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                interp.error(io, "bash: shift: " + args.get(0) + ": numeric argument required");
                return 1;
            }
        }
        List<String> pos = interp.state().positional;
        if (n < 0 || n > pos.size()) {
            return 1;
        }
        interp.state().positional = new java.util.ArrayList<>(pos.subList(n, pos.size()));
        return 0;
    }

    private static int loopControl(Interp interp, List<String> args, Io io, boolean isBreak) {
        int n = 1;
        if (!args.isEmpty()) {
            try {
                n = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1) {
                interp.error(io, "bash: " + (isBreak ? "break" : "continue") + ": " + args.get(0)
                        + ": loop count out of range");
                return 1;
            }
        }
        if (interp.loopDepth == 0) {
            return 0;
        }
        n = Math.min(n, interp.loopDepth);
        throw isBreak ? new Control.Break(n) : new Control.Continue(n);
    }

    static int evalString(Interp interp, String source, Io io) {
        Node program;
        try {
            program = Parser.parse(source);
        } catch (ParseException e) {
            interp.error(io, "bash: eval: " + e.getMessage());
            return 2;
        }
        return interp.run(program, io);
    }

    private static int source(Interp interp, List<String> args, Io io) {
        if (args.isEmpty()) {
            interp.error(io, "bash: source: filename argument required");
            return 2;
        }
        String text = readFile(interp, args.get(0), io, "source");
        if (text == null) {
            return 1;
        }
        List<String> saved = interp.state().positional;
        if (args.size() > 1) {
            interp.state().positional = new java.util.ArrayList<>(args.subList(1, args.size()));
        }
        interp.sourceDepth++;
        try {
            return evalString(interp, text, io);
        } catch (Control.Return r) {
            return r.status;
        } finally {
            interp.sourceDepth--;
            if (args.size() > 1) {
                interp.state().positional = saved;
            }
        }
    }

    static String readFile(Interp interp, String name, Io io, String who) {
        byte[] proc = interp.budget().processOutputs.get(name);
        if (proc != null) {
            return new String(proc, StandardCharsets.UTF_8);
        }
        try {
            Path p = ShellContext.resolvePath(interp, name, Intent.READ);
            if (Files.isDirectory(p)) {
                interp.error(io, "bash: " + name + ": is a directory");
                return null;
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (ShellPathException e) {
            interp.error(io, "bash: " + name + ": " + e.getMessage());
        } catch (IOException e) {
            interp.error(io, "bash: " + name + ": " + Redirections.reason(e));
        }
        return null;
    }

    private static int let(Interp interp, List<String> args, Io io) {
        if (args.isEmpty()) {
            interp.error(io, "bash: let: expression expected");
            return 1;
        }
        long v = 0;
        for (String a : args) {
            v = interp.arithmetic(a);
        }
        return v != 0 ? 0 : 1;
    }

    private static int type(Interp interp, List<String> args, Io io) throws IOException {
        boolean terse = !args.isEmpty() && args.get(0).equals("-t");
        int status = 0;
        for (String name : terse ? args.subList(1, args.size()) : args) {
            String kind = kind(interp, name);
            if (kind == null) {
                interp.error(io, "bash: type: " + name + ": not found");
                status = 1;
            } else if (terse) {
                out(io, kind + "\n");
            } else {
                out(io, name + switch (kind) {
                    case "function" -> " is a function\n";
                    case "builtin" -> " is a shell builtin\n";
                    case "keyword" -> " is a shell keyword\n";
                    default -> " is /usr/bin/" + name + "\n";
                });
            }
        }
        return status;
    }

    private static String kind(Interp interp, String name) {
        if (List.of("if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
                "function", "{", "}", "[[", "]]", "!", "in").contains(name)) {
            return "keyword";
        }
        if (interp.state().functions.containsKey(name)) {
            return "function";
        }
        if (interp.rt.builtins.containsKey(name)) {
            return "builtin";
        }
        return interp.rt.commands.containsKey(name) ? "file" : null;
    }

    private static int command(Interp interp, List<String> args, Io io) throws IOException {
        if (!args.isEmpty() && (args.get(0).equals("-v") || args.get(0).equals("-V"))) {
            int status = 0;
            for (String name : args.subList(1, args.size())) {
                String kind = kind(interp, name);
                if (kind == null) {
                    status = 1;
                } else if (args.get(0).equals("-V")) {
                    type(interp, List.of(name), io);
                } else {
                    out(io, (kind.equals("file") ? "/usr/bin/" : "") + name + "\n");
                }
            }
            return status;
        }
        List<String> a = !args.isEmpty() && args.get(0).equals("-p") ? args.subList(1, args.size()) : args;
        if (a.isEmpty()) {
            return 0;
        }
        Builtin b = interp.rt.builtins.get(a.get(0));
        if (b != null) {
            return b.run(interp, new java.util.ArrayList<>(a.subList(1, a.size())), io);
        }
        Node.FunctionDef f = interp.state().functions.remove(a.get(0));
        try {
            return interp.simple().invoke(a, io, Map.of());
        } finally {
            if (f != null) {
                interp.state().functions.put(a.get(0), f);
            }
        }
    }

    private static int bash(Interp interp, List<String> args, Io io) {
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-c")) {
            i++;
        }
        String source;
        List<String> positional;
        Interp sub = interp.child();
        if (i < args.size() && args.get(i).equals("-c")) {
            if (i + 1 >= args.size()) {
                interp.error(io, "bash: -c: option requires an argument");
                return 2;
            }
            source = args.get(i + 1);
            positional = args.size() > i + 3 ? args.subList(i + 3, args.size()) : List.of();
            if (args.size() > i + 2) {
                sub.state().scriptName = args.get(i + 2);
            }
        } else if (i < args.size()) {
            source = readFile(interp, args.get(i), io, "bash");
            if (source == null) {
                return 127;
            }
            positional = args.subList(i + 1, args.size());
            sub.state().scriptName = args.get(i);
        } else {
            try {
                source = new String(io.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return 1;
            }
            positional = List.of();
        }
        sub.state().positional = new java.util.ArrayList<>(positional);
        sub.state().functions.clear();
        return sub.exitTrap(sub.runScript(source, io), io);
    }
}

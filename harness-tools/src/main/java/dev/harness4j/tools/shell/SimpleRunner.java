package dev.harness4j.tools.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs simple commands: expansion, assignments, redirections, then a function, builtin or utility. */
final class SimpleRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimpleRunner.class);
    private final Interp interp;

    SimpleRunner(Interp interp) {
        this.interp = interp;
    }

    int run(Node.Simple s, Io io) {
        interp.budget().countCommand();
        interp.state().vars.set("LINENO", Integer.toString(s.line()));
        interp.stderr = io.err();
        interp.substitutionStatus = -1;
        List<String> argv = expandWords(s.words());
        if (argv.isEmpty()) {
            for (Node.Assignment a : s.assignments()) {
                assign(a);
            }
            int status = interp.substitutionStatus >= 0 ? interp.substitutionStatus : 0;
            if (!s.redirects().isEmpty()) {
                List<AutoCloseable> opened = new ArrayList<>();
                try {
                    if (Redirections.apply(interp, s.redirects(), io, opened) == null) {
                        return 1;
                    }
                } finally {
                    Redirections.closeAll(opened);
                }
            }
            return status;
        }
        Map<String, String> temp = new LinkedHashMap<>();
        for (Node.Assignment a : s.assignments()) {
            temp.put(a.name(), interp.expander().string(a.value() == null ? new Word(List.of()) : a.value()));
        }
        if (interp.state().xtrace) {
            interp.error(io, "+ " + String.join(" ", argv));
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Io redirected = s.redirects().isEmpty() ? io : Redirections.apply(interp, s.redirects(), io, opened);
            if (redirected == null) {
                return 1;
            }
            return invoke(argv, redirected, temp);
        } finally {
            Redirections.closeAll(opened);
        }
    }

    private static final java.util.Set<String> DECLARATIONS = java.util.Set.of("export", "local", "declare",
            "typeset", "readonly");
    private static final java.util.regex.Pattern ASSIGN_WORD =
            java.util.regex.Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\[[^\\]]*\\])?\\+?=.*", java.util.regex.Pattern.DOTALL);

    /** Expands command words; assignment arguments of declaration builtins are not split or globbed. */
    private List<String> expandWords(List<Word> words) {
        if (words.isEmpty() || !DECLARATIONS.contains(String.valueOf(words.get(0).literal()))) {
            return interp.expander().fields(words);
        }
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            if (!w.parts().isEmpty() && w.parts().get(0) instanceof Word.Lit l && ASSIGN_WORD.matcher(l.text()).matches()) {
                out.add(interp.expander().string(w));
            } else {
                out.addAll(interp.expander().fields(List.of(w)));
            }
        }
        return out;
    }

    /** Performs one assignment permanently. */
    void assign(Node.Assignment a) {
        ShellState st = interp.state();
        if (a.array() != null) {
            ArrayLiterals.assign(interp, a.name(), a.array(), a.append());
            return;
        }
        String value = interp.expander().string(a.value());
        if (a.append()) {
            Variables.Var v = st.vars.find(a.name());
            String old = a.index() == null ? (v == null ? null : v.scalar()) : null;
            if (a.index() != null) {
                old = interp.element(a.name(), a.index());
            }
            if (v != null && v.integer) {
                value = Long.toString(interp.arithmetic((old == null ? "0" : old) + "+(" + value + ")"));
            } else {
                value = (old == null ? "" : old) + value;
            }
        } else {
            Variables.Var v = st.vars.find(a.name());
            if (v != null && v.integer) {
                value = Long.toString(interp.arithmetic(value));
            }
        }
        interp.assign(a.name(), a.index(), value);
    }

    /** Runs argv as a function, builtin or utility with temporary variables; 127 when nothing has the name. */
    int invoke(List<String> argv, Io io, Map<String, String> temp) {
        return invoke(argv, io, temp, false);
    }

    /**
     * Runs argv; with {@code replace}, a utility's environment is exactly {@code temp} (builtins and functions still
     * see the shell's variables, with {@code temp} on top).
     */
    int invoke(List<String> argv, Io io, Map<String, String> temp, boolean replace) {
        String name = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        Node.FunctionDef f = interp.state().functions.get(name);
        Builtin b = interp.rt.builtins.get(name);
        if (f != null || b != null) {
            Map<String, Variables.Var> saved = new LinkedHashMap<>();
            Variables vars = interp.state().vars;
            for (Map.Entry<String, String> e : temp.entrySet()) {
                Variables.Var old = vars.find(e.getKey());
                saved.put(e.getKey(), old == null ? null : old.copy());
                interp.assign(e.getKey(), null, e.getValue());
                vars.export(e.getKey());
            }
            try {
                if (f != null) {
                    return interp.call(f, new ArrayList<>(args), io);
                }
                return runBuiltin(name, b, args, io);
            } finally {
                restore(vars, saved);
            }
        }
        Command c = interp.rt.commands.get(name);
        if (c == null && name.contains("/")) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            String dir = name.substring(0, name.lastIndexOf('/'));
            if (SYSTEM_DIRS.contains(dir) && interp.rt.builtins.containsKey(base)) {
                List<String> renamed = new ArrayList<>(argv);
                renamed.set(0, base);
                return invoke(renamed, io, temp, replace);
            }
            c = SYSTEM_DIRS.contains(dir) ? interp.rt.commands.get(base) : null;
            if (c == null) {
                return script(name, args, io);
            }
        }
        if (c == null) {
            return notFound(name, io);
        }
        Map<String, String> env = replace ? new java.util.LinkedHashMap<>() : interp.state().vars.environment();
        env.putAll(temp);
        try {
            int status = c.run(new ShellContext(interp, io, env), List.copyOf(args));
            io.out().flush();
            return status;
        } catch (IOException e) {
            return ioFailure(name, e, io);
        } catch (java.io.UncheckedIOException e) {
            return ioFailure(name, e.getCause(), io);
        } catch (ShellAbortException | Control.BrokenPipe e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("shell command {} failed", name, e);
            interp.error(io, "bash: " + name + ": internal error: " + e);
            return 1;
        }
    }

    private int runBuiltin(String name, Builtin b, List<String> args, Io io) {
        try {
            int status = b.run(interp, new ArrayList<>(args), io);
            io.out().flush();
            return status;
        } catch (IOException e) {
            return ioFailure(name, e, io);
        }
    }

    private int ioFailure(String name, IOException e, Io io) {
        if (e instanceof Pipe.BrokenPipeException || e.getCause() instanceof Pipe.BrokenPipeException) {
            throw new Control.BrokenPipe();
        }
        interp.error(io, "bash: " + name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        return 1;
    }

    private static void restore(Variables vars, Map<String, Variables.Var> saved) {
        for (Map.Entry<String, Variables.Var> e : saved.entrySet()) {
            Variables.Var old = e.getValue();
            if (old == null) {
                vars.unset(e.getKey());
            } else {
                Variables.Var cur = vars.find(e.getKey());
                if (cur != null) {
                    cur.values.clear();
                    cur.values.putAll(old.values);
                    cur.exported = old.exported;
                    cur.array = old.array;
                }
            }
        }
    }

    private static final java.util.Set<String> SYSTEM_DIRS = java.util.Set.of("/bin", "/usr/bin", "/usr/local/bin",
            "/sbin", "/usr/sbin");

    /** Runs a workspace file named by path as a shell script (its shebang must name a shell, if it has one). */
    private int script(String path, List<String> args, Io io) {
        String text;
        try {
            java.nio.file.Path p = ShellContext.resolvePath(interp, path, dev.harness4j.workspace.Intent.READ);
            if (!java.nio.file.Files.isRegularFile(p)) {
                interp.error(io, "bash: " + path + (java.nio.file.Files.isDirectory(p) ? ": Is a directory"
                        : ": No such file or directory"));
                return java.nio.file.Files.isDirectory(p) ? 126 : 127;
            }
            text = java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
        } catch (ShellPathException e) {
            interp.error(io, "bash: " + path + ": " + e.getMessage());
            return 127;
        } catch (IOException e) {
            interp.error(io, "bash: " + path + ": " + Redirections.reason(e));
            return 126;
        }
        String first = text.lines().findFirst().orElse("");
        if (first.startsWith("#!") && !first.matches("#!\\s*\\S*(/|env\\s+)(ba)?sh(\\s.*)?")) {
            interp.error(io, "bash: " + path + ": cannot execute: this in-memory workspace runs no programs other "
                    + "than shell scripts (" + first.substring(2).trim() + ")");
            return 126;
        }
        List<String> argv = new ArrayList<>();
        argv.add(path);
        argv.addAll(args);
        return interp.rt.builtins.get("bash").runUnchecked(interp, argv, io);
    }

    private int notFound(String name, Io io) {
        if (name.contains("/")) {
            interp.error(io, "bash: " + name + ": No such file or directory");
            return 127;
        }
        interp.error(io, "bash: " + name + ": command not found");
        interp.error(io, "harness4j: this in-memory workspace runs no programs or processes; the shell has only "
                + "its built-in commands (run `help` to list them): " + String.join(" ", commandNames()));
        return 127;
    }

    /** Every name the shell can run: builtins and utilities, sorted. */
    List<String> commandNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(interp.rt.builtins.keySet());
        names.addAll(interp.rt.commands.keySet());
        return new ArrayList<>(names);
    }
}

package dev.harness4j.tools.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builtins over variables and options: export, unset, local, declare/typeset, readonly, set. */
final class VarBuiltins {
    private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\+?)=(.*)$", Pattern.DOTALL);

    private VarBuiltins() {
    }

    static void register(Map<String, Builtin> b) {
        b.put("export", (i, a, io) -> declare(i, a, io, "export"));
        b.put("readonly", (i, a, io) -> declare(i, a, io, "readonly"));
        b.put("local", (i, a, io) -> declare(i, a, io, "local"));
        b.put("declare", (i, a, io) -> declare(i, a, io, "declare"));
        b.put("typeset", (i, a, io) -> declare(i, a, io, "declare"));
        b.put("unset", VarBuiltins::unset);
        b.put("set", VarBuiltins::set);
    }

    private static int declare(Interp interp, List<String> args, Io io, String who) throws IOException {
        Variables vars = interp.state().vars;
        if (who.equals("local") && !vars.inFunction()) {
            interp.error(io, "bash: local: can only be used in a function");
            return 1;
        }
        boolean export = who.equals("export");
        boolean readonly = who.equals("readonly");
        boolean array = false;
        boolean assoc = false;
        boolean integer = false;
        boolean global = false;
        boolean print = false;
        boolean unexport = false;
        boolean functions = false;
        int i = 0;
        for (; i < args.size() && (args.get(i).startsWith("-") || args.get(i).startsWith("+"))
                && args.get(i).length() > 1; i++) {
            String opt = args.get(i);
            if (opt.equals("--")) {
                i++;
                break;
            }
            for (char c : opt.substring(1).toCharArray()) {
                switch (c) {
                    case 'x' -> export = true;
                    case 'r' -> readonly = true;
                    case 'a' -> array = true;
                    case 'A' -> {
                        array = true;
                        assoc = true;
                    }
                    case 'i' -> integer = true;
                    case 'g' -> global = true;
                    case 'p' -> print = true;
                    case 'n' -> unexport = true;
                    case 'f', 'F' -> functions = true;
                    default -> { }
                }
            }
            if (opt.startsWith("+")) {
                export = false;
            }
        }
        List<String> names = args.subList(i, args.size());
        if (functions) {
            for (String n : names) {
                if (!interp.state().functions.containsKey(n)) {
                    return 1;
                }
            }
            return 0;
        }
        if (names.isEmpty() || print) {
            return printVars(interp, io, names, export && !who.equals("declare") || export, readonly);
        }
        boolean local = who.equals("local") || (who.equals("declare") && !global && vars.inFunction());
        int status = 0;
        for (String arg : names) {
            Matcher m = ASSIGN.matcher(arg);
            String name = m.matches() ? m.group(1) : arg;
            if (!Scan.isName(name)) {
                interp.error(io, "bash: " + who + ": `" + arg + "': not a valid identifier");
                status = 1;
                continue;
            }
            if (local) {
                vars.local(name);
            }
            if (assoc) {
                vars.declareAssoc(name);
            }
            if (m.matches()) {
                String value = m.group(3);
                if (array && value.startsWith("(") && value.endsWith(")")) {
                    ArrayLiterals.assign(interp, name, arrayItems(value.substring(1, value.length() - 1)),
                            false);
                } else {
                    if (integer || (vars.find(name) != null && vars.find(name).integer)) {
                        value = Long.toString(interp.arithmetic(value));
                    }
                    if (!m.group(2).isEmpty()) {
                        String old = vars.get(name);
                        value = (old == null ? "" : old) + value;
                    }
                    interp.assign(name, null, value);
                }
            } else if (array && vars.find(name) == null) {
                vars.setArray(name, List.of());
            }
            Variables.Var v = vars.find(name);
            if (v == null && (export || readonly || integer)) {
                vars.export(name);
                v = vars.find(name);
                v.exported = false;
            }
            if (v != null) {
                if (export) {
                    v.exported = true;
                }
                if (unexport) {
                    v.exported = false;
                }
                if (readonly) {
                    v.readonly = true;
                }
                if (integer) {
                    v.integer = true;
                }
                if (array) {
                    v.array = true;
                }
            }
        }
        return status;
    }

    /** Expands the words of an array literal body, {@code a "b c" $x}. */
    static List<Word> arrayItems(String body) {
        Lexer lx = new Lexer(body);
        List<Word> words = new ArrayList<>();
        while (true) {
            Lexer.Token t = lx.next();
            if (t.kind() == Lexer.Kind.EOF) {
                break;
            }
            if (t.kind() == Lexer.Kind.WORD) {
                words.add(WordParser.parse(t.text()));
            }
        }
        return words;
    }

    private static int printVars(Interp interp, Io io, List<String> names, boolean exportedOnly, boolean readonly)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        Map<String, Variables.Var> all = interp.state().vars.visible();
        int status = 0;
        for (Map.Entry<String, Variables.Var> e : all.entrySet()) {
            Variables.Var v = e.getValue();
            if (!names.isEmpty() && !names.contains(e.getKey())) {
                continue;
            }
            if (names.isEmpty() && ((exportedOnly && !v.exported) || (readonly && !v.readonly))) {
                continue;
            }
            String flags = (v.array ? "a" : "") + (v.integer ? "i" : "") + (v.readonly ? "r" : "")
                    + (v.exported ? "x" : "");
            sb.append("declare -").append(flags.isEmpty() ? "-" : flags).append(' ').append(e.getKey());
            if (v.array) {
                sb.append("=(");
                boolean first = true;
                for (Map.Entry<Integer, String> el : v.values.entrySet()) {
                    sb.append(first ? "" : " ").append('[').append(el.getKey()).append("]=")
                            .append(dq(el.getValue()));
                    first = false;
                }
                sb.append(')');
            } else if (v.scalar() != null) {
                sb.append('=').append(dq(v.scalar()));
            }
            sb.append('\n');
        }
        for (String n : names) {
            if (!all.containsKey(n)) {
                interp.error(io, "bash: declare: " + n + ": not found");
                status = 1;
            }
        }
        CoreBuiltins.out(io, sb.toString());
        return status;
    }

    private static String dq(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`") + "\"";
    }

    /** Quotes a value the way {@code set} prints it. */
    static String sq(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:,=+@%^-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static int unset(Interp interp, List<String> args, Io io) {
        boolean functions = false;
        int status = 0;
        for (String a : args) {
            if (a.equals("-f")) {
                functions = true;
                continue;
            }
            if (a.equals("-v")) {
                continue;
            }
            if (functions) {
                interp.state().functions.remove(a);
                continue;
            }
            int b = a.indexOf('[');
            if (b > 0 && a.endsWith("]")) {
                interp.unsetElement(a.substring(0, b), a.substring(b + 1, a.length() - 1));
                continue;
            }
            if (!interp.state().vars.unset(a)) {
                interp.error(io, "bash: unset: " + a + ": cannot unset: readonly variable");
                status = 1;
            } else if (interp.state().vars.find(a) == null && !Scan.isName(a)) {
                interp.error(io, "bash: unset: `" + a + "': not a valid identifier");
                status = 1;
            } else {
                interp.state().functions.remove(a);
            }
        }
        return status;
    }

    private static int set(Interp interp, List<String> args, Io io) throws IOException {
        ShellState st = interp.state();
        if (args.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Variables.Var> e : st.vars.visible().entrySet()) {
                if (e.getValue().scalar() != null && !e.getValue().array) {
                    sb.append(e.getKey()).append('=').append(sq(e.getValue().scalar())).append('\n');
                }
            }
            return CoreBuiltins.out(io, sb.toString());
        }
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                st.positional = new ArrayList<>(args.subList(i + 1, args.size()));
                return 0;
            }
            if (a.equals("-") ) {
                st.positional = new ArrayList<>(args.subList(i + 1, args.size()));
                return 0;
            }
            if (!(a.startsWith("-") || a.startsWith("+")) || a.length() < 2) {
                st.positional = new ArrayList<>(args.subList(i, args.size()));
                return 0;
            }
            boolean on = a.startsWith("-");
            for (char c : a.substring(1).toCharArray()) {
                switch (c) {
                    case 'e' -> st.errexit = on;
                    case 'u' -> st.nounset = on;
                    case 'x' -> st.xtrace = on;
                    case 'f' -> st.noglob = on;
                    case 'o' -> {
                        if (i + 1 >= args.size()) {
                            return printOptions(st, io);
                        }
                        String opt = args.get(++i);
                        switch (opt) {
                            case "errexit" -> st.errexit = on;
                            case "nounset" -> st.nounset = on;
                            case "pipefail" -> st.pipefail = on;
                            case "xtrace" -> st.xtrace = on;
                            case "noglob" -> st.noglob = on;
                            case "posix", "noclobber", "vi", "emacs", "allexport", "monitor", "notify" -> { }
                            default -> {
                                interp.error(io, "bash: set: " + opt + ": invalid option name");
                                return 2;
                            }
                        }
                    }
                    case 'h', 'B', 'H', 'm', 'C', 'a', 'b', 'v', 'n', 'k', 'P', 'T', 'E' -> { }
                    default -> {
                        interp.error(io, "bash: set: -" + c + ": invalid option");
                        return 2;
                    }
                }
            }
        }
        return 0;
    }

    private static int printOptions(ShellState st, Io io) throws IOException {
        String s = String.format("%-15s\t%s%n%-15s\t%s%n%-15s\t%s%n%-15s\t%s%n%-15s\t%s%n",
                "errexit", st.errexit ? "on" : "off", "noglob", st.noglob ? "on" : "off",
                "nounset", st.nounset ? "on" : "off", "pipefail", st.pipefail ? "on" : "off",
                "xtrace", st.xtrace ? "on" : "off");
        return CoreBuiltins.out(io, s);
    }
}

package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Expander.Field;
import dev.harness4j.tools.shell.Word.Param;
import dev.harness4j.tools.shell.Word.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parameter expansion: {@code $x}, {@code ${x:-w}}, {@code ${#x}}, {@code ${x#p}}, {@code ${x/a/b}}, arrays. */
final class ParamExpander {
    private final Interp interp;
    private final Expander expander;

    ParamExpander(Interp interp, Expander expander) {
        this.interp = interp;
        this.expander = expander;
    }

    /** A parameter's value: its items, whether it is a list ({@code $@}, {@code a[@]}), and whether it is set. */
    private record Value(List<String> items, boolean list, boolean star, boolean set) {
        String joined(String sep) {
            return String.join(sep, items);
        }
    }

    /** Whether a part is {@code $@} or {@code ${a[@]}}, which may expand to no field at all inside quotes. */
    static boolean isAtList(Part p) {
        return p instanceof Param pa && !pa.length() && ("@".equals(pa.name()) || "@".equals(pa.index()));
    }

    private Value value(String name, String index) {
        ShellState st = interp.state();
        if (name.equals("@") || name.equals("*")) {
            return new Value(List.copyOf(st.positional), true, name.equals("*"), !st.positional.isEmpty());
        }
        if (index != null && (index.equals("@") || index.equals("*"))) {
            Variables.Var v = st.vars.find(name);
            List<String> items = v == null ? List.of() : v.list();
            return new Value(items, true, index.equals("*"), v != null && !items.isEmpty());
        }
        String s;
        if (index != null) {
            s = interp.element(name, index);
        } else {
            s = interp.special(name);
        }
        return new Value(s == null ? List.of() : List.of(s), false, false, s != null);
    }

    void expand(Param p, List<Field> fields, boolean inQuotes) {
        String name = p.name();
        String index = p.index();
        if (p.indirect() && index != null && (index.equals("@") || index.equals("*"))) {
            Variables.Var arr = interp.state().vars.find(name);
            List<String> keys = arr == null ? List.of() : arr.keys();
            append(fields, keys, true, index.equals("*"), inQuotes);
            return;
        }
        if (p.indirect()) {
            Value ref = value(name, index);
            String target = ref.set() ? ref.items().get(0) : "";
            int bracket = target.indexOf('[');
            if (bracket > 0 && target.endsWith("]")) {
                name = target.substring(0, bracket);
                index = target.substring(bracket + 1, target.length() - 1);
            } else if (Scan.isName(target) || target.matches("\\d+|[@*#?$!-]")) {
                name = target;
                index = null;
            } else {
                throw new ShellError("bash: " + target + ": invalid indirect expansion", 1);
            }
        }
        Value v = value(name, index);
        if (p.length()) {
            String n = v.list() ? Integer.toString(v.items().size())
                    : Integer.toString(v.set() ? v.items().get(0).length() : 0);
            if (!v.set() && !v.list() && interp.state().nounset) {
                throw unbound(name);
            }
            append(fields, List.of(n), false, false, inQuotes);
            return;
        }
        String op = p.op();
        if (op == null) {
            if (!v.set() && interp.state().nounset && !v.list()) {
                throw unbound(index == null ? name : name + "[" + index + "]");
            }
            append(fields, v.items(), v.list(), v.star(), inQuotes);
            return;
        }
        boolean colon = op.startsWith(":") && op.length() == 2;
        boolean empty = !v.set() || (colon && v.joined("").isEmpty() && v.items().size() <= 1);
        switch (colon ? op.substring(1) : op) {
            case "-" -> {
                if (empty) {
                    expandArg(p.arg(), fields, inQuotes);
                } else {
                    append(fields, v.items(), v.list(), v.star(), inQuotes);
                }
            }
            case "=" -> {
                if (empty) {
                    String val = expander.string(p.arg());
                    interp.assign(name, index, val);
                    append(fields, List.of(val), false, false, inQuotes);
                } else {
                    append(fields, v.items(), v.list(), v.star(), inQuotes);
                }
            }
            case "+" -> {
                if (!empty) {
                    expandArg(p.arg(), fields, inQuotes);
                }
            }
            case "?" -> {
                if (empty) {
                    String msg = p.arg() == null ? "" : expander.string(p.arg());
                    throw new ShellError("bash: " + name + ": "
                            + (msg.isEmpty() ? (v.set() ? "parameter null or not set" : "parameter null or not set")
                            : msg), 1);
                }
                append(fields, v.items(), v.list(), v.star(), inQuotes);
            }
            default -> {
                if (!v.set() && interp.state().nounset && !v.list()) {
                    throw unbound(name);
                }
                if (op.equals(":")) {
                    append(fields, substring(v, expander.string(p.arg()), name), v.list(), v.star(), inQuotes);
                } else {
                    List<String> out = new ArrayList<>();
                    for (String item : v.items()) {
                        out.add(transform(op, item, p));
                    }
                    append(fields, out, v.list(), v.star(), inQuotes);
                }
            }
        }
    }

    private ShellError unbound(String name) {
        return new ShellError("bash: " + name + ": unbound variable", 127);
    }

    private void expandArg(Word arg, List<Field> fields, boolean inQuotes) {
        if (arg == null) {
            return;
        }
        for (Part part : arg.parts()) {
            expander.part(part, fields, inQuotes);
        }
    }

    private void append(List<Field> fields, List<String> items, boolean list, boolean star, boolean inQuotes) {
        Field cur = fields.get(fields.size() - 1);
        if (!list) {
            if (!items.isEmpty()) {
                cur.append(items.get(0), inQuotes ? Expander.QUOTED : Expander.EXPANDED);
            }
            return;
        }
        if (inQuotes && star) {
            String ifs = interp.state().vars.get("IFS");
            String sep = ifs == null ? " " : ifs.isEmpty() ? "" : ifs.substring(0, 1);
            cur.append(String.join(sep, items), Expander.QUOTED);
            cur.quoted = true;
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                if (inQuotes) {
                    cur = new Field();
                    cur.quoted = true;
                    fields.add(cur);
                } else {
                    cur.append(" ", Expander.BREAK);
                }
            }
            if (inQuotes) {
                cur.quoted = true;
            }
            cur.append(items.get(i), inQuotes ? Expander.QUOTED : Expander.EXPANDED);
        }
    }

    private List<String> substring(Value v, String spec, String name) {
        int colon = spec.indexOf(':');
        long offset = interp.arithmetic(colon < 0 ? spec : spec.substring(0, colon));
        Long length = colon < 0 ? null : interp.arithmetic(spec.substring(colon + 1));
        if (v.list()) {
            List<String> items = new ArrayList<>(v.items());
            if (name.equals("@") || name.equals("*")) {
                items.add(0, interp.special("0"));
            }
            int n = items.size();
            long start = offset < 0 ? Math.max(0, n + offset) : Math.min(offset, n);
            long end = length == null ? n : length < 0 ? n + length : Math.min(n, start + length);
            if (end < start) {
                throw new ShellError("bash: " + length + ": substring expression < 0", 1);
            }
            return items.subList((int) start, (int) end);
        }
        String s = v.set() ? v.items().get(0) : "";
        int n = s.length();
        long start = offset < 0 ? Math.max(0, n + offset) : Math.min(offset, n);
        long end = length == null ? n : length < 0 ? n + length : Math.min(n, start + length);
        if (end < start) {
            if (length != null && length < 0) {
                throw new ShellError("bash: " + length + ": substring expression < 0", 1);
            }
            end = start;
        }
        return List.of(s.substring((int) start, (int) end));
    }

    private String transform(String op, String s, Param p) {
        switch (op) {
            case "#", "##" -> {
                Pattern re = Patterns.compile(expander.pattern(p.arg()));
                if (op.equals("#")) {
                    for (int i = 0; i <= s.length(); i++) {
                        if (re.matcher(s.substring(0, i)).matches()) {
                            return s.substring(i);
                        }
                    }
                } else {
                    for (int i = s.length(); i >= 0; i--) {
                        if (re.matcher(s.substring(0, i)).matches()) {
                            return s.substring(i);
                        }
                    }
                }
                return s;
            }
            case "%", "%%" -> {
                Pattern re = Patterns.compile(expander.pattern(p.arg()));
                if (op.equals("%")) {
                    for (int i = s.length(); i >= 0; i--) {
                        if (re.matcher(s.substring(i)).matches()) {
                            return s.substring(0, i);
                        }
                    }
                } else {
                    for (int i = 0; i <= s.length(); i++) {
                        if (re.matcher(s.substring(i)).matches()) {
                            return s.substring(0, i);
                        }
                    }
                }
                return s;
            }
            case "^", "^^", ",", ",," -> {
                boolean upper = op.startsWith("^");
                boolean all = op.length() == 2;
                if (s.isEmpty()) {
                    return s;
                }
                if (all) {
                    return upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
                }
                String first = s.substring(0, 1);
                return (upper ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT)) + s.substring(1);
            }
            default -> {
                return replace(op, s, p);
            }
        }
    }

    private String replace(String op, String s, Param p) {
        String pattern = expander.pattern(p.arg());
        String rep = p.arg2() == null ? "" : expander.pattern(p.arg2());
        if (pattern.isEmpty()) {
            return s;
        }
        String regex = Patterns.toRegex(pattern, false);
        if (op.equals("/#")) {
            regex = "^(?:" + regex + ")";
        } else if (op.equals("/%")) {
            regex = "(?:" + regex + ")$";
        }
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(s);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start() && !op.equals("/%") && !op.equals("/#")) {
                if (m.end() >= s.length()) {
                    break;
                }
                continue;
            }
            sb.append(s, last, m.start());
            sb.append(replacement(rep, m.group()));
            last = m.end();
            if (!op.equals("//")) {
                break;
            }
        }
        sb.append(s.substring(last));
        return sb.toString();
    }

    private static String replacement(String rep, String matched) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            if (c == '\\' && i + 1 < rep.length()) {
                sb.append(rep.charAt(++i));
            } else if (c == '&') {
                sb.append(matched);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Word.Lit;
import dev.harness4j.tools.shell.Word.Part;
import java.util.ArrayList;
import java.util.List;

/** Assigns array literals {@code (a b c)}, {@code ([0]=x [5]=y)} and {@code ([key]=v)} to indexed or associative arrays. */
final class ArrayLiterals {
    private ArrayLiterals() {
    }

    /** A {@code [key]=value} item split into its key and value words. */
    private record Keyed(Word key, Word value) {
    }

    static void assign(Interp interp, String name, List<Word> items, boolean append) {
        Variables vars = interp.state().vars;
        Variables.Var v = vars.find(name);
        if (v != null && v.readonly) {
            throw new ShellError("bash: " + name + ": readonly variable", 1);
        }
        boolean assoc = v != null && v.assoc != null;
        if (!append) {
            if (assoc) {
                v.assoc.clear();
            } else {
                vars.setArray(name, List.of());
            }
        } else if (v == null) {
            vars.setArray(name, List.of());
        }
        v = vars.find(name);
        v.array = true;
        int next = !assoc && !v.values.isEmpty() ? v.values.lastKey() + 1 : 0;
        Expander e = interp.expander();
        for (Word w : items) {
            Keyed k = keyed(w);
            if (k != null) {
                String key = e.string(k.key());
                String value = interp.budget().string(e.string(k.value()));
                if (assoc) {
                    v.assoc.put(key, value);
                } else {
                    int i = (int) interp.arithmetic(key);
                    v.values.put(i, value);
                    next = i + 1;
                }
            } else if (assoc) {
                interp.error(null, "bash: " + name + ": " + e.string(w)
                        + ": must use subscript when assigning associative array");
            } else {
                for (String field : e.fields(List.of(w))) {
                    v.values.put(next++, interp.budget().string(field));
                }
            }
        }
    }

    private static Keyed keyed(Word w) {
        List<Part> parts = w.parts();
        if (parts.isEmpty() || !(parts.get(0) instanceof Lit first) || !first.text().startsWith("[")) {
            return null;
        }
        List<Part> key = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String text = p instanceof Lit l ? l.text() : null;
            if (i == 0) {
                text = text.substring(1);
            }
            int at = text == null ? -1 : text.indexOf("]=");
            if (at >= 0) {
                if (at > 0) {
                    key.add(new Lit(text.substring(0, at)));
                }
                List<Part> value = new ArrayList<>();
                if (at + 2 < text.length()) {
                    value.add(new Lit(text.substring(at + 2)));
                }
                value.addAll(parts.subList(i + 1, parts.size()));
                return new Keyed(new Word(key), new Word(value));
            }
            key.add(text != null ? new Lit(text) : p);
        }
        return null;
    }
}

package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Word.ArithSub;
import dev.harness4j.tools.shell.Word.CommandSub;
import dev.harness4j.tools.shell.Word.DoubleQuoted;
import dev.harness4j.tools.shell.Word.Lit;
import dev.harness4j.tools.shell.Word.Param;
import dev.harness4j.tools.shell.Word.Part;
import dev.harness4j.tools.shell.Word.Quoted;
import dev.harness4j.tools.shell.Word.Tilde;
import java.util.ArrayList;
import java.util.List;

/**
 * Word expansion: brace, tilde, parameter, command and arithmetic expansion, then field splitting on IFS, pathname
 * expansion and quote removal. Each character carries a flag saying how it may be split and globbed.
 */
final class Expander {
    /** Literal unquoted text: globbed, never split. */
    static final char LIT = 'L';
    /** Quoted text: neither split nor globbed. */
    static final char QUOTED = 'Q';
    /** Result of an unquoted expansion: split and globbed. */
    static final char EXPANDED = 'E';
    /** A hard field break (between unquoted {@code $@} elements). */
    static final char BREAK = 'S';

    /** One field being built. */
    static final class Field {
        final StringBuilder text = new StringBuilder();
        final StringBuilder flags = new StringBuilder();
        boolean quoted;

        void append(String s, char flag) {
            text.append(s);
            for (int i = 0; i < s.length(); i++) {
                flags.append(flag);
            }
        }
    }

    private final Interp interp;
    private final ParamExpander params;

    Expander(Interp interp) {
        this.interp = interp;
        this.params = new ParamExpander(interp, this);
    }

    /** Full expansion of command words into fields. */
    List<String> fields(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            for (Word b : BraceExpansion.expand(w)) {
                List<Field> raw = expand(b);
                for (Field f : raw) {
                    for (Field piece : split(f)) {
                        glob(piece, out);
                    }
                }
            }
        }
        return out;
    }

    /** Expansion without splitting or globbing (assignments, redirection targets, here-documents). */
    String string(Word w) {
        List<Field> raw = expand(w);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(raw.get(i).text);
        }
        return interp.budget().string(sb.toString());
    }

    /** Expansion into a glob pattern: quoted characters come out backslash-escaped. */
    String pattern(Word w) {
        List<Field> raw = expand(w);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(toPattern(raw.get(i)));
        }
        return sb.toString();
    }

    /** Expansion into a regular expression: quoted characters come out as literals. */
    String regex(Word w) {
        StringBuilder sb = new StringBuilder();
        for (Field f : expand(w)) {
            for (int i = 0; i < f.text.length(); i++) {
                char c = f.text.charAt(i);
                if (f.flags.charAt(i) == QUOTED && "\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String toPattern(Field f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.text.length(); i++) {
            char c = f.text.charAt(i);
            if (f.flags.charAt(i) == QUOTED && "*?[]\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Expands parts into raw fields (more than one only through {@code "$@"}). */
    List<Field> expand(Word w) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field());
        for (Part p : w.parts()) {
            part(p, fields, false);
        }
        return fields;
    }

    void part(Part p, List<Field> fields, boolean inQuotes) {
        Field cur = fields.get(fields.size() - 1);
        if (p instanceof Lit l) {
            cur.append(l.text(), inQuotes ? QUOTED : LIT);
        } else if (p instanceof Quoted q) {
            cur.append(q.text(), QUOTED);
            cur.quoted = true;
        } else if (p instanceof DoubleQuoted dq) {
            boolean onlyAt = !dq.parts().isEmpty() && dq.parts().stream().allMatch(ParamExpander::isAtList);
            if (!onlyAt) {
                cur.quoted = true;
            }
            for (Part inner : dq.parts()) {
                part(inner, fields, true);
            }
        } else if (p instanceof Tilde t) {
            String home = interp.state().vars.get("HOME");
            cur.append(t.user().isEmpty() ? (home == null ? "~" : home) : "~" + t.user(), QUOTED);
        } else if (p instanceof Param param) {
            params.expand(param, fields, inQuotes);
        } else if (p instanceof CommandSub cs) {
            String out = interp.commandSubstitution(cs.source());
            cur.append(out, inQuotes ? QUOTED : EXPANDED);
        } else if (p instanceof Word.ProcessSub ps) {
            cur.append(interp.processSubstitution(ps.source()), QUOTED);
        } else if (p instanceof ArithSub a) {
            String expr = string(a.expression());
            cur.append(Long.toString(interp.arithmetic(expr)), inQuotes ? QUOTED : EXPANDED);
        }
    }

    /** Splits a raw field on IFS where its characters came from unquoted expansions. */
    List<Field> split(Field f) {
        String ifs = interp.state().vars.get("IFS");
        if (ifs == null) {
            ifs = " \t\n";
        }
        List<Field> out = new ArrayList<>();
        Field cur = new Field();
        cur.quoted = f.quoted;
        boolean has = false;
        int n = f.text.length();
        int i = 0;
        while (i < n) {
            char c = f.text.charAt(i);
            char fl = f.flags.charAt(i);
            boolean delim = fl == BREAK || (fl == EXPANDED && ifs.indexOf(c) >= 0);
            if (!delim) {
                cur.text.append(c);
                cur.flags.append(fl);
                has = true;
                i++;
                continue;
            }
            boolean white = fl == BREAK || " \t\n".indexOf(c) >= 0;
            if (white) {
                if (has) {
                    out.add(cur);
                }
                cur = new Field();
                has = false;
                i++;
                while (i < n && isWhiteDelim(f, i, ifs)) {
                    i++;
                }
                if (i < n && f.flags.charAt(i) == EXPANDED && ifs.indexOf(f.text.charAt(i)) >= 0) {
                    i++;
                    while (i < n && isWhiteDelim(f, i, ifs)) {
                        i++;
                    }
                }
            } else {
                out.add(cur);
                cur = new Field();
                has = false;
                i++;
                while (i < n && isWhiteDelim(f, i, ifs)) {
                    i++;
                }
            }
        }
        if (has || (out.isEmpty() && f.quoted)) {
            out.add(cur);
        }
        return out;
    }

    private static boolean isWhiteDelim(Field f, int i, String ifs) {
        char c = f.text.charAt(i);
        char fl = f.flags.charAt(i);
        return fl == BREAK || (fl == EXPANDED && ifs.indexOf(c) >= 0 && " \t\n".indexOf(c) >= 0);
    }

    private void glob(Field f, List<String> out) {
        String text = f.text.toString();
        if (!interp.state().noglob && f.flags.indexOf(String.valueOf(LIT)) + f.flags.indexOf(String.valueOf(EXPANDED))
                > -2) {
            String pattern = toPattern(f);
            if (Patterns.hasGlob(pattern)) {
                List<String> matches = interp.globber().glob(pattern);
                if (!matches.isEmpty() || interp.state().nullglob) {
                    out.addAll(matches);
                    return;
                }
            }
        }
        out.add(interp.budget().string(text));
    }
}

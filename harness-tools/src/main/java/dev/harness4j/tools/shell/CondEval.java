package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Node.CondToken;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Evaluates {@code [[ … ]]}: no splitting or globbing, patterns for {@code ==}, regexes for {@code =~}. */
final class CondEval {
    private final Interp interp;
    private final Io io;
    private List<CondToken> tokens;
    private int pos;

    CondEval(Interp interp, Io io) {
        this.interp = interp;
        this.io = io;
    }

    int evaluate(List<CondToken> tokens) {
        this.tokens = tokens;
        this.pos = 0;
        try {
            boolean v = or(true);
            if (pos < tokens.size()) {
                throw new FileTests.TestError("syntax error in conditional expression");
            }
            return v ? 0 : 1;
        } catch (FileTests.TestError e) {
            interp.error(io, "bash: " + e.getMessage());
            return 2;
        }
    }

    private boolean isOp(String op) {
        if (pos >= tokens.size()) {
            return false;
        }
        CondToken t = tokens.get(pos);
        return op.equals(t.op()) || (t.word() != null && op.equals(t.word().literal()));
    }

    private boolean or(boolean ev) {
        boolean v = and(ev);
        while (isOp("||")) {
            pos++;
            boolean r = and(ev && !v);
            v = v || r;
        }
        return v;
    }

    private boolean and(boolean ev) {
        boolean v = not(ev);
        while (isOp("&&")) {
            pos++;
            boolean r = not(ev && v);
            v = v && r;
        }
        return v;
    }

    private boolean not(boolean ev) {
        if (isOp("!")) {
            pos++;
            return !not(ev);
        }
        return primary(ev);
    }

    private String text(CondToken t, boolean ev) {
        if (t.word() == null) {
            return t.op();
        }
        return ev ? interp.expander().string(t.word()) : "";
    }

    private boolean primary(boolean ev) {
        if (pos >= tokens.size()) {
            throw new FileTests.TestError("unexpected argument to conditional expression");
        }
        if (isOp("(")) {
            pos++;
            boolean v = or(ev);
            if (!isOp(")")) {
                throw new FileTests.TestError("syntax error in conditional expression");
            }
            pos++;
            return v;
        }
        CondToken first = tokens.get(pos);
        if (pos + 2 < tokens.size() + 1 && pos + 1 < tokens.size()) {
            CondToken opTok = tokens.get(pos + 1);
            String op = opTok.op() != null ? opTok.op() : opTok.word().literal();
            if (op != null && FileTests.BINARY.contains(op) && pos + 2 < tokens.size()) {
                CondToken rhs = tokens.get(pos + 2);
                pos += 3;
                if (!ev) {
                    return false;
                }
                String left = text(first, true);
                switch (op) {
                    case "==", "=", "!=" -> {
                        boolean m = Patterns.matches(interp.expander().pattern(rhs.word()), left);
                        return op.equals("!=") != m;
                    }
                    case "=~" -> {
                        return regex(left, rhs.word());
                    }
                    case "-eq", "-ne", "-lt", "-le", "-gt", "-ge" -> {
                        long a = interp.arithmetic(left);
                        long b = interp.arithmetic(text(rhs, true));
                        return FileTests.binary(interp, op, Long.toString(a), Long.toString(b));
                    }
                    default -> {
                        return FileTests.binary(interp, op, left, text(rhs, true));
                    }
                }
            }
        }
        String lit = first.word() == null ? null : first.word().literal();
        if (lit != null && FileTests.UNARY.contains(lit) && pos + 1 < tokens.size()
                && tokens.get(pos + 1).word() != null) {
            CondToken arg = tokens.get(pos + 1);
            pos += 2;
            return ev && FileTests.unary(interp, lit, text(arg, true));
        }
        pos++;
        return ev && !text(first, true).isEmpty();
    }

    private boolean regex(String left, Word rhs) {
        String re = interp.expander().regex(rhs);
        Pattern p;
        try {
            p = Pattern.compile(posixClasses(re));
        } catch (PatternSyntaxException e) {
            throw new FileTests.TestError("invalid regular expression");
        }
        Matcher m = p.matcher(left);
        if (!m.find()) {
            interp.state().vars.setArray("BASH_REMATCH", List.of());
            return false;
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i <= m.groupCount(); i++) {
            groups.add(m.group(i) == null ? "" : m.group(i));
        }
        interp.state().vars.setArray("BASH_REMATCH", groups);
        return true;
    }

    private static String posixClasses(String re) {
        return re.replace("[:alpha:]", "\\p{Alpha}").replace("[:digit:]", "\\d").replace("[:alnum:]", "\\p{Alnum}")
                .replace("[:upper:]", "\\p{Upper}").replace("[:lower:]", "\\p{Lower}")
                .replace("[:space:]", "\\s").replace("[:blank:]", " \\t").replace("[:punct:]", "\\p{Punct}")
                .replace("[:xdigit:]", "\\p{XDigit}").replace("[:cntrl:]", "\\p{Cntrl}")
                .replace("[:print:]", "\\p{Print}").replace("[:graph:]", "\\p{Graph}");
    }
}

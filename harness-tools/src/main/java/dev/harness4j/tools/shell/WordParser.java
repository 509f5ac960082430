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

/** Turns the raw text of a word into its parts: quotes, escapes and the expansions to perform. */
final class WordParser {
    /** How the text is quoted around it. */
    enum Mode { NORMAL, DOUBLE, HEREDOC }

    private static final String OPS = ":-|:=|:+|:?|-|=|+|?|##|#|%%|%|//|/#|/%|/|^^|^|,,|,|:";
    private static final String[] OP_LIST = OPS.split("\\|");

    private WordParser() {
    }

    /** Parses a word's whole raw text as it appears unquoted. */
    static Word parse(String raw) {
        return new Word(parts(raw, Mode.NORMAL, true));
    }

    /** Parses a here-document body (expansions, no quote removal except backslash before $ ` \). */
    static Word heredoc(String body) {
        return new Word(parts(body, Mode.HEREDOC, false));
    }

    static List<Part> parts(String s, Mode mode, boolean tildeAllowed) {
        List<Part> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        if (tildeAllowed && mode == Mode.NORMAL && s.startsWith("~")) {
            int j = 1;
            while (j < s.length() && s.charAt(j) != '/' && (Scan.nameChar(s.charAt(j)) || s.charAt(j) == '-'
                    || s.charAt(j) == '.')) {
                j++;
            }
            if (j == s.length() || s.charAt(j) == '/') {
                out.add(new Tilde(s.substring(1, j)));
                i = j;
            }
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    lit.append('\\');
                    i++;
                    continue;
                }
                char n = s.charAt(i + 1);
                if (n == '\n') {
                    i += 2;
                    continue;
                }
                if (mode == Mode.NORMAL || "$`\\".indexOf(n) >= 0 || (mode == Mode.DOUBLE && n == '"')) {
                    flush(out, lit, mode);
                    out.add(new Quoted(String.valueOf(n)));
                } else {
                    lit.append('\\').append(n);
                }
                i += 2;
            } else if (c == '\'' && mode == Mode.NORMAL) {
                int end = Scan.endOfSingle(s, i + 1);
                flush(out, lit, mode);
                out.add(new Quoted(s.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '"' && mode == Mode.NORMAL) {
                int end = Scan.endOfDouble(s, i + 1);
                flush(out, lit, mode);
                out.add(new DoubleQuoted(parts(s.substring(i + 1, end), Mode.DOUBLE, false)));
                i = end + 1;
            } else if (c == '<' && mode == Mode.NORMAL && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int end = Scan.endOfParen(s, i + 2);
                flush(out, lit, mode);
                out.add(new Word.ProcessSub(s.substring(i + 2, end)));
                i = end + 1;
            } else if (c == '`') {
                int end = Scan.endOfBacktick(s, i + 1);
                flush(out, lit, mode);
                out.add(new CommandSub(unescapeBacktick(s.substring(i + 1, end))));
                i = end + 1;
            } else if (c == '$' && i + 1 < s.length()) {
                int next = dollar(s, i, mode, out, lit);
                if (next < 0) {
                    lit.append('$');
                    i++;
                } else {
                    i = next;
                }
            } else {
                lit.append(c);
                i++;
            }
        }
        flush(out, lit, mode);
        return out;
    }

    private static void flush(List<Part> out, StringBuilder lit, Mode mode) {
        if (lit.length() > 0) {
            out.add(mode == Mode.NORMAL ? new Lit(lit.toString()) : new Quoted(lit.toString()));
            lit.setLength(0);
        }
    }

    /** Parses the expansion at {@code s[i] == '$'}; returns the index after it, or -1 for a literal dollar. */
    private static int dollar(String s, int i, Mode mode, List<Part> out, StringBuilder lit) {
        char n = s.charAt(i + 1);
        if (n == '(') {
            if (i + 2 < s.length() && s.charAt(i + 2) == '(') {
                int end = arithEnd(s, i + 3);
                if (end >= 0) {
                    flush(out, lit, mode);
                    out.add(new ArithSub(new Word(parts(s.substring(i + 3, end), Mode.HEREDOC, false))));
                    return end + 2;
                }
            }
            int end = Scan.endOfParen(s, i + 2);
            flush(out, lit, mode);
            out.add(new CommandSub(s.substring(i + 2, end)));
            return end + 1;
        }
        if (n == '{') {
            int end = Scan.endOfBrace(s, i + 2);
            flush(out, lit, mode);
            out.add(braceParam(s.substring(i + 2, end), mode));
            return end + 1;
        }
        if (n == '\'' && mode == Mode.NORMAL) {
            int end = Scan.endOfAnsi(s, i + 2);
            flush(out, lit, mode);
            out.add(new Quoted(Escapes.ansi(s.substring(i + 2, end))));
            return end + 1;
        }
        if (n == '"' && mode == Mode.NORMAL) {
            return i + 1;
        }
        if ("?#@*$!-0123456789".indexOf(n) >= 0) {
            flush(out, lit, mode);
            out.add(Param.simple(String.valueOf(n)));
            return i + 2;
        }
        if (Scan.nameStart(n)) {
            int j = i + 1;
            while (j < s.length() && Scan.nameChar(s.charAt(j))) {
                j++;
            }
            flush(out, lit, mode);
            out.add(Param.simple(s.substring(i + 1, j)));
            return j;
        }
        return -1;
    }

    private static int arithEnd(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length() - 1; j++) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return s.charAt(j + 1) == ')' ? j : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    private static Param braceParam(String body, Mode mode) {
        if (body.isEmpty()) {
            throw new ParseException("${}: bad substitution");
        }
        int i = 0;
        boolean length = false;
        boolean indirect = false;
        if (body.charAt(0) == '#' && body.length() > 1) {
            length = true;
            i = 1;
        } else if (body.charAt(0) == '!' && body.length() > 1) {
            indirect = true;
            i = 1;
        }
        int start = i;
        if (i < body.length() && Scan.nameStart(body.charAt(i))) {
            while (i < body.length() && Scan.nameChar(body.charAt(i))) {
                i++;
            }
        } else if (i < body.length() && Character.isDigit(body.charAt(i))) {
            while (i < body.length() && Character.isDigit(body.charAt(i))) {
                i++;
            }
        } else if (i < body.length() && "@*#?$!-0".indexOf(body.charAt(i)) >= 0) {
            i++;
        } else {
            throw new ParseException("${" + body + "}: bad substitution");
        }
        String name = body.substring(start, i);
        String index = null;
        if (i < body.length() && body.charAt(i) == '[') {
            int close = body.indexOf(']', i);
            if (close < 0) {
                throw new ParseException("${" + body + "}: bad substitution");
            }
            index = body.substring(i + 1, close);
            i = close + 1;
        }
        if (i == body.length()) {
            return new Param(name, index, length, null, null, null, indirect);
        }
        if (length) {
            throw new ParseException("${" + body + "}: bad substitution");
        }
        String rest = body.substring(i);
        for (String op : OP_LIST) {
            if (rest.startsWith(op)) {
                String arg = rest.substring(op.length());
                Mode argMode = Mode.NORMAL;
                if (op.startsWith("/")) {
                    int slash = unquotedSlash(arg);
                    Word pattern = new Word(parts(slash < 0 ? arg : arg.substring(0, slash), Mode.NORMAL, false));
                    Word repl = slash < 0 ? null : new Word(parts(arg.substring(slash + 1), argMode, false));
                    return new Param(name, index, false, op, pattern, repl, indirect);
                }
                boolean pattern = "#".equals(op) || "##".equals(op) || "%".equals(op) || "%%".equals(op)
                        || op.startsWith("^") || op.startsWith(",");
                Word w = new Word(parts(arg, pattern ? Mode.NORMAL : argMode, !pattern));
                return new Param(name, index, false, op, w, null, indirect);
            }
        }
        throw new ParseException("${" + body + "}: bad substitution");
    }

    private static int unquotedSlash(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                i = Scan.endOfSingle(s, i + 1);
            } else if (c == '"') {
                i = Scan.endOfDouble(s, i + 1);
            } else if (c == '/') {
                return i;
            }
        }
        return -1;
    }

    private static String unescapeBacktick(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$`\\".indexOf(s.charAt(i + 1)) >= 0) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.harness4j.tools.shell.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses a sed script (GNU syntax) into {@link SedCommand}s with resolved block and label jumps. */
final class SedParser {

    /** A script error with GNU's wording ({@code unterminated `s' command}). */
    static final class SedException extends Exception {
        private static final long serialVersionUID = 1L;

        SedException(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;
    private final boolean extended;
    private int pos;

    private SedParser(String script, boolean extended) {
        this.s = script;
        this.extended = extended;
    }

    /** The commands of a script. */
    static List<SedCommand> parse(String script, boolean extended) throws SedException {
        return new SedParser(script, extended).commands();
    }

    private SedException error(String message) {
        return new SedException("-e expression #1, char " + Math.min(pos, s.length()) + ": " + message);
    }

    private List<SedCommand> commands() throws SedException {
        List<SedCommand> list = new ArrayList<>();
        Deque<Integer> blocks = new ArrayDeque<>();
        Map<String, Integer> labels = new HashMap<>();
        while (true) {
            skip(" \t\n;");
            if (pos >= s.length()) {
                break;
            }
            if (s.charAt(pos) == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            SedCommand.Address a1 = address();
            SedCommand.Address a2 = null;
            if (a1 != null && peek() == ',') {
                pos++;
                skip(" \t");
                a2 = address2();
                if (a2 == null) {
                    throw error("unexpected `,'");
                }
            }
            skip(" \t");
            boolean negate = false;
            while (peek() == '!') {
                negate = true;
                pos++;
                skip(" \t");
            }
            if (pos >= s.length()) {
                throw error("missing command");
            }
            char name = s.charAt(pos++);
            SedCommand c = new SedCommand(name);
            c.addr1 = a1;
            c.addr2 = a2;
            c.negate = negate;
            switch (name) {
                case '{' -> blocks.push(list.size());
                case '}' -> {
                    if (blocks.isEmpty()) {
                        throw error("unexpected `}'");
                    }
                    if (a1 != null) {
                        throw error("} doesn't want any addresses");
                    }
                    list.get(blocks.pop()).jump = list.size();
                }
                case 's' -> substitute(c);
                case 'y' -> transliterate(c);
                case 'a', 'i', 'c' -> c.text = text();
                case ':' -> {
                    if (a1 != null) {
                        throw error(": doesn't want any addresses");
                    }
                    String label = label();
                    if (label.isEmpty()) {
                        throw error("\":\" lacks a label");
                    }
                    labels.put(label, list.size());
                    c.text = label;
                }
                case 'b', 't', 'T' -> c.text = label();
                case 'r', 'R', 'w', 'W' -> c.text = fileName();
                case 'q', 'Q', 'l', 'L' -> {
                    skip(" \t");
                    int start = pos;
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                    c.intArg = start == pos ? (name == 'l' ? -1 : 0) : Integer.parseInt(s.substring(start, pos));
                }
                case '=', 'd', 'D', 'g', 'G', 'h', 'H', 'n', 'N', 'p', 'P', 'x', 'z', 'F' -> { }
                default -> throw error("unknown command: `" + name + "'");
            }
            list.add(c);
            skip(" \t");
            if (name != '{' && pos < s.length() && ";\n}#".indexOf(s.charAt(pos)) < 0) {
                throw error("extra characters after command");
            }
        }
        if (!blocks.isEmpty()) {
            pos = s.length();
            throw error("unmatched `{'");
        }
        for (SedCommand c : list) {
            if ("btT".indexOf(c.name) >= 0 && !c.text.isEmpty()) {
                Integer target = labels.get(c.text);
                if (target == null) {
                    throw new SedException("-e expression #1, char 0: can't find label for jump to `" + c.text + "'");
                }
                c.jump = target;
            }
        }
        return list;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skip(String chars) {
        while (pos < s.length() && chars.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private long number() {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        return Long.parseLong(s.substring(start, pos));
    }

    private SedCommand.Address address() throws SedException {
        char c = peek();
        if (Character.isDigit(c)) {
            long n = number();
            if (peek() == '~') {
                pos++;
                long step = Character.isDigit(peek()) ? number() : 0;
                return new SedCommand.Address(SedCommand.Address.Kind.STEP, n, step, null);
            }
            return new SedCommand.Address(n == 0 ? SedCommand.Address.Kind.ZERO : SedCommand.Address.Kind.LINE,
                    n, 0, null);
        }
        if (c == '$') {
            pos++;
            return new SedCommand.Address(SedCommand.Address.Kind.LAST, 0, 0, null);
        }
        if (c == '/' || c == '\\') {
            if (c == '\\') {
                pos++;
            }
            char delim = s.charAt(pos++);
            String re = delimited(delim, true);
            boolean ignoreCase = false;
            while (peek() == 'I' || peek() == 'M') {
                ignoreCase |= s.charAt(pos++) == 'I';
            }
            return new SedCommand.Address(SedCommand.Address.Kind.REGEX, 0, 0, compile(re, ignoreCase));
        }
        return null;
    }

    private SedCommand.Address address2() throws SedException {
        char c = peek();
        if (c == '+' || c == '~') {
            pos++;
            if (!Character.isDigit(peek())) {
                throw error("expected number");
            }
            long n = number();
            return new SedCommand.Address(c == '+' ? SedCommand.Address.Kind.PLUS
                    : SedCommand.Address.Kind.MULTIPLE, n, 0, null);
        }
        SedCommand.Address a = address();
        if (a != null && a.kind() == SedCommand.Address.Kind.STEP) {
            return new SedCommand.Address(SedCommand.Address.Kind.LINE, a.number(), 0, null);
        }
        if (a != null && a.kind() == SedCommand.Address.Kind.ZERO) {
            throw error("invalid usage of line address 0");
        }
        return a;
    }

    private Pattern compile(String re, boolean ignoreCase) throws SedException {
        if (re.isEmpty()) {
            return null;
        }
        try {
            return PosixRegex.compile(re, extended, ignoreCase, true);
        } catch (PosixRegex.RegexException e) {
            throw error(e.getMessage());
        }
    }

    /** Text up to an unescaped delimiter (skipping bracket expressions in regexes); {@code \delim} becomes delim. */
    private String delimited(char delim, boolean regex) throws SedException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated address regex");
            }
            char c = s.charAt(pos++);
            if (c == delim) {
                return sb.toString();
            }
            if (c == '\\' && pos < s.length()) {
                char d = s.charAt(pos++);
                if (d == delim) {
                    sb.append(delim);
                } else if (d == '\n') {
                    sb.append(regex ? "\\n" : "\n");
                } else {
                    sb.append('\\').append(d);
                }
            } else if (c == '[' && regex) {
                int end = bracketEnd(pos);
                if (end < 0) {
                    sb.append(c);
                } else {
                    sb.append(s, pos - 1, end + 1);
                    pos = end + 1;
                }
            } else {
                sb.append(c);
            }
        }
    }

    private int bracketEnd(int from) {
        int i = from;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
        }
        while (i < s.length() && s.charAt(i) != ']' && s.charAt(i) != '\n') {
            if (s.charAt(i) == '[' && i + 1 < s.length() && ":.=".indexOf(s.charAt(i + 1)) >= 0) {
                int close = s.indexOf(s.charAt(i + 1) + "]", i + 2);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else {
                i++;
            }
        }
        return i < s.length() && s.charAt(i) == ']' ? i : -1;
    }

    private void substitute(SedCommand c) throws SedException {
        if (pos >= s.length() || s.charAt(pos) == '\n' || s.charAt(pos) == '\\') {
            throw error("unterminated `s' command");
        }
        char delim = s.charAt(pos++);
        String re;
        String replacement;
        try {
            re = delimited(delim, true);
            replacement = delimited(delim, false);
        } catch (SedException e) {
            throw error("unterminated `s' command");
        }
        boolean ignoreCase = false;
        boolean occurrenceSet = false;
        while (pos < s.length()) {
            char f = s.charAt(pos);
            if (f == 'g') {
                c.global = true;
            } else if (f == 'p') {
                c.print = true;
            } else if (f == 'i' || f == 'I') {
                ignoreCase = true;
            } else if (f == 'm' || f == 'M' || f == 'e') {
                // multiline mode and e are not supported; accepted and ignored
            } else if (Character.isDigit(f)) {
                if (occurrenceSet) {
                    throw error("multiple number options to `s' command");
                }
                c.occurrence = (int) number();
                occurrenceSet = true;
                if (c.occurrence == 0) {
                    throw error("number option to `s' command may not be zero");
                }
                continue;
            } else if (f == 'w') {
                pos++;
                c.writeFile = fileName();
                break;
            } else {
                break;
            }
            pos++;
        }
        c.regex = compile(re, ignoreCase);
        c.replacement = replacement;
    }

    private void transliterate(SedCommand c) throws SedException {
        char delim = s.charAt(pos++);
        String from = unescape(delimited(delim, false));
        String to = unescape(delimited(delim, false));
        if (from.codePointCount(0, from.length()) != to.codePointCount(0, to.length())) {
            throw error("strings for `y' command are different lengths");
        }
        c.from = from;
        c.to = to;
    }

    private static String unescape(String t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\\' && i + 1 < t.length()) {
                char d = t.charAt(++i);
                sb.append(d == 'n' ? '\n' : d == 't' ? '\t' : d == 'r' ? '\r' : d);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** a/i/c text: one-liner ({@code a text}, {@code a\text}) or classic ({@code a\} newline lines ending in \). */
    private String text() throws SedException {
        skip(" \t");
        if (s.startsWith("\\\n", pos)) {
            pos += 2;
        } else if (peek() == '\\') {
            pos++;
        }
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char ch = s.charAt(pos++);
            if (ch == '\\' && pos < s.length()) {
                char d = s.charAt(pos++);
                sb.append(d == 't' ? '\t' : d);
            } else if (ch == '\n') {
                break;
            } else {
                sb.append(ch);
            }
        }
        return sb.length() == 0 ? "" : sb.append('\n').toString();
    }

    private String label() {
        skip(" \t");
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != ';') {
            pos++;
        }
        return s.substring(start, pos).strip();
    }

    private String fileName() {
        skip(" \t");
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
        return s.substring(start, pos);
    }
}

package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU tr: translate, {@code -d} delete, {@code -s} squeeze, {@code -c}/{@code -C} complement; sets with ranges,
 * escapes ({@code \n \t \\ \NNN}), {@code [:class:]}, {@code [c*n]} repeats. Works on characters of the decoded text;
 * the complement of a set is taken over the 256 byte values (in order) plus every other character.
 */
final class Tr implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("delete", Getopt.Arg.NONE,
            "squeeze-repeats", Getopt.Arg.NONE, "complement", Getopt.Arg.NONE, "truncate-set1", Getopt.Arg.NONE);

    @Override
    public String name() {
        return "tr";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        Getopt g = new Getopt("dscCt", LONGS);
        boolean delete = false;
        boolean squeeze = false;
        boolean complement = false;
        boolean truncate = false;
        try {
            g.parse(args);
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "tr", e.getMessage() + "\nTry 'tr --help' for more information.");
            return 1;
        }
        for (Getopt.Opt o : g.opts) {
            switch (o.name()) {
                case "d", "delete" -> delete = true;
                case "s", "squeeze-repeats" -> squeeze = true;
                case "c", "C", "complement" -> complement = true;
                default -> truncate = true;
            }
        }
        List<String> ops = g.operands;
        int need = delete && squeeze ? 2 : delete || (squeeze && ops.size() < 2) ? 1 : 2;
        if (ops.size() < need) {
            TextIo.err(context, "tr", (ops.isEmpty() ? "missing operand" : "missing operand after '"
                    + ops.get(ops.size() - 1) + "'") + "\nTry 'tr --help' for more information.");
            return 1;
        }
        if (ops.size() > need) {
            TextIo.err(context, "tr", "extra operand '" + ops.get(need) + "'\nTry 'tr --help' for more information.");
            return 1;
        }
        List<Integer> set1;
        List<Integer> set2;
        try {
            set1 = expand(ops.get(0), Integer.MAX_VALUE);
            set2 = ops.size() > 1 ? expand(ops.get(1), 0) : List.of();
        } catch (IllegalArgumentException e) {
            TextIo.err(context, "tr", e.getMessage());
            return 1;
        }
        boolean[] in1 = new boolean[0x110000];
        set1.forEach(c -> in1[c] = true);
        boolean translate = !delete && ops.size() > 1;
        int[] map = null;
        if (translate) {
            if (set2.isEmpty()) {
                TextIo.err(context, "tr", "when not truncating set1, string2 must be non-empty");
                return 1;
            }
            map = new int[0x110000];
            for (int c = 0; c < map.length; c++) {
                map[c] = c;
            }
            List<Integer> from = set1;
            if (complement) {
                from = new ArrayList<>();
                for (int c = 0; c < 256; c++) {
                    if (!in1[c]) {
                        from.add(c);
                    }
                }
            }
            for (int i = 0; i < from.size(); i++) {
                if (truncate && i >= set2.size()) {
                    break;
                }
                map[from.get(i)] = set2.get(Math.min(i, set2.size() - 1));
            }
            if (complement) {
                for (int c = 256; c < map.length; c++) {
                    map[c] = set2.get(set2.size() - 1);
                }
            }
        }
        boolean[] squeezeSet = new boolean[0x110000];
        if (squeeze) {
            if (ops.size() > 1) {
                set2.forEach(c -> squeezeSet[c] = true);
            } else {
                for (int c = 0; c < squeezeSet.length; c++) {
                    squeezeSet[c] = in1[c] != complement;
                }
            }
        }
        String text = TextIo.decode(TextIo.readStdin(context));
        StringBuilder out = new StringBuilder(text.length());
        int last = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean member = in1[c] != complement;
            if (delete && member) {
                continue;
            }
            if (translate) {
                c = map[c];
            }
            if (squeeze && squeezeSet[c] && c == last) {
                continue;
            }
            out.appendCodePoint(c);
            last = c;
        }
        TextIo.out(context, out);
        return 0;
    }

    /** The characters of a tr set in order; {@code [c*]} fills up to {@code fillTo} in set2. */
    static List<Integer> expand(String spec, int fillTo) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        int n = spec.length();
        while (i < n) {
            if (spec.startsWith("[:", i) && spec.indexOf(":]", i + 2) > 0) {
                int end = spec.indexOf(":]", i + 2);
                String cls = spec.substring(i + 2, end);
                for (int c = 0; c < 128; c++) {
                    if (inClass(cls, c)) {
                        out.add(c);
                    }
                }
                i = end + 2;
                continue;
            }
            if (spec.startsWith("[=", i) && spec.indexOf("=]", i + 2) == i + 3) {
                out.add((int) spec.charAt(i + 2));
                i += 5;
                continue;
            }
            int[] first = charAt(spec, i);
            if (spec.charAt(i) == '[' && i + 1 < n) {
                int[] c = charAt(spec, i + 1);
                if (c[1] < n && spec.charAt(c[1]) == '*') {
                    int close = spec.indexOf(']', c[1]);
                    if (close > 0) {
                        String count = spec.substring(c[1] + 1, close);
                        int times = count.isEmpty() ? -1 : count.startsWith("0") ? Integer.parseInt(count, 8)
                                : Integer.parseInt(count);
                        if (times <= 0) {
                            times = Math.max(0, fillTo == Integer.MAX_VALUE ? 0 : 1);
                        }
                        for (int k = 0; k < times; k++) {
                            out.add(c[0]);
                        }
                        i = close + 1;
                        continue;
                    }
                }
            }
            if (first[1] + 1 < n && spec.charAt(first[1]) == '-') {
                int[] hi = charAt(spec, first[1] + 1);
                if (hi[0] < first[0]) {
                    throw new IllegalArgumentException("range-endpoints of '" + spec.substring(i, hi[1])
                            + "' are in reverse collating sequence order");
                }
                for (int c = first[0]; c <= hi[0]; c++) {
                    out.add(c);
                }
                i = hi[1];
                continue;
            }
            out.add(first[0]);
            i = first[1];
        }
        return out;
    }

    private static boolean inClass(String cls, int c) {
        return switch (cls) {
            case "alpha" -> Character.isLetter(c);
            case "digit" -> c >= '0' && c <= '9';
            case "alnum" -> Character.isLetterOrDigit(c);
            case "upper" -> c >= 'A' && c <= 'Z';
            case "lower" -> c >= 'a' && c <= 'z';
            case "space" -> c == ' ' || (c >= 9 && c <= 13);
            case "blank" -> c == ' ' || c == '\t';
            case "punct" -> c > 32 && c < 127 && !Character.isLetterOrDigit(c);
            case "print" -> c >= 32 && c < 127;
            case "graph" -> c > 32 && c < 127;
            case "cntrl" -> c < 32 || c == 127;
            case "xdigit" -> Character.digit(c, 16) >= 0;
            default -> throw new IllegalArgumentException("invalid character class '" + cls + "'");
        };
    }

    /** The character at {@code i} with escapes decoded, and the index after it. */
    private static int[] charAt(String s, int i) {
        char c = s.charAt(i);
        if (c != '\\' || i + 1 >= s.length()) {
            int cp = s.codePointAt(i);
            return new int[] {cp, i + Character.charCount(cp)};
        }
        char d = s.charAt(i + 1);
        if (d >= '0' && d <= '7') {
            int v = 0;
            int j = i + 1;
            while (j < s.length() && j < i + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                v = v * 8 + s.charAt(j++) - '0';
            }
            return new int[] {v & 0xFF, j};
        }
        int v = switch (d) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 0x0B;
            default -> d;
        };
        return new int[] {v, i + 2};
    }
}

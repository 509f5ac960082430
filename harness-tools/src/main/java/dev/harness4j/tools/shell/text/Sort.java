package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GNU sort in the C locale: whole-line byte order by default; {@code -k} keys with per-key options, {@code -t},
 * {@code -n -g -h -V -f -d -i -b -r}, {@code -u} (first of each run of equal keys), {@code -s} (no last-resort
 * comparison), {@code -c/-C}, {@code -o FILE}, {@code -m} (treated as a full sort).
 */
final class Sort implements Command {
    private static final Map<String, Getopt.Arg> LONGS = new HashMap<>();

    static {
        for (String n : List.of("numeric-sort", "general-numeric-sort", "human-numeric-sort", "version-sort",
                "ignore-case", "month-sort", "dictionary-order", "ignore-nonprinting", "ignore-leading-blanks", "reverse",
                "unique", "stable", "merge", "zero-terminated")) {
            LONGS.put(n, Getopt.Arg.NONE);
        }
        for (String n : List.of("key", "field-separator", "output", "buffer-size", "parallel", "temporary-directory")) {
            LONGS.put(n, Getopt.Arg.REQUIRED);
        }
        LONGS.put("check", Getopt.Arg.OPTIONAL);
    }

    @Override
    public String name() {
        return "sort";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        Getopt g = new Getopt("nghMVfdibrusmczCk:t:o:S:T:", LONGS);
        SortKey global = new SortKey();
        List<SortKey> keys = new ArrayList<>();
        int sep = -1;
        boolean unique = false;
        boolean stable = false;
        boolean zero = false;
        int check = 0;
        String output = null;
        try {
            g.parse(args);
            for (Getopt.Opt o : g.opts) {
                String v = o.value();
                switch (o.name()) {
                    case "n", "numeric-sort" -> global.numeric = true;
                    case "g", "general-numeric-sort" -> global.general = true;
                    case "h", "human-numeric-sort" -> global.human = true;
                    case "V", "version-sort" -> global.version = true;
                    case "M", "month-sort" -> global.month = true;
                    case "f", "ignore-case" -> global.fold = true;
                    case "d", "dictionary-order" -> global.dictionary = true;
                    case "i", "ignore-nonprinting" -> global.printable = true;
                    case "b", "ignore-leading-blanks" -> {
                        global.skipStartBlanks = true;
                        global.skipEndBlanks = true;
                    }
                    case "r", "reverse" -> global.reverse = true;
                    case "u", "unique" -> unique = true;
                    case "s", "stable" -> stable = true;
                    case "z", "zero-terminated" -> zero = true;
                    case "c" -> check = 1;
                    case "C" -> check = 2;
                    case "check" -> check = v == null || v.equals("diagnose-first") ? 1 : 2;
                    case "k", "key" -> keys.add(parseKey(v));
                    case "t", "field-separator" -> {
                        if (v.length() != 1) {
                            throw new Getopt.UsageException(v.isEmpty() ? "empty tab"
                                    : "multi-character tab '" + v + "'");
                        }
                        sep = v.charAt(0);
                    }
                    case "o", "output" -> output = v;
                    default -> {
                    }
                }
            }
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "sort", e.getMessage() + "\nTry 'sort --help' for more information.");
            return 2;
        }
        if (keys.isEmpty()) {
            SortKey whole = new SortKey();
            whole.inherit(global);
            keys.add(whole);
        } else {
            keys.forEach(k -> k.inherit(global));
        }
        List<String> lines = new ArrayList<>();
        List<String> operands = g.operands.isEmpty() ? List.of("-") : g.operands;
        for (String operand : operands) {
            try {
                String text = TextIo.readText(context, operand);
                lines.addAll(zero ? nulRecords(text) : TextIo.Lines.of(text).lines());
            } catch (TextIo.InputException e) {
                TextIo.err(context, "sort", ("Is a directory".equals(e.getMessage()) ? "read failed: " : "cannot read: ")
                        + operand + ": " + e.getMessage());
                return 2;
            }
            context.checkCancelled();
        }
        int fieldSep = sep;
        Comparator<String> byKeys = (a, b) -> {
            for (SortKey k : keys) {
                int r = k.compare(k.extract(a, fieldSep), k.extract(b, fieldSep));
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
        Comparator<String> full = stable || unique ? byKeys
                : byKeys.thenComparing(global.reverse ? Comparator.<String>reverseOrder() : Comparator.naturalOrder());
        if (check > 0) {
            for (int i = 1; i < lines.size(); i++) {
                int r = full.compare(lines.get(i - 1), lines.get(i));
                if (r > 0 || (unique && r == 0)) {
                    if (check == 1) {
                        String name = operands.get(0);
                        TextIo.err(context, "sort", name + ":" + (i + 1) + ": disorder: " + lines.get(i));
                    }
                    return 1;
                }
            }
            return 0;
        }
        lines.sort(full);
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (unique && previous != null && byKeys.compare(previous, line) == 0) {
                continue;
            }
            out.append(line).append(zero ? '\0' : '\n');
            previous = line;
        }
        if (output != null) {
            Path path;
            try {
                path = TextIo.resolve(context, output, Intent.WRITE);
            } catch (TextIo.InputException e) {
                TextIo.err(context, "sort", "open failed: " + output + ": " + e.getMessage());
                return 2;
            }
            Files.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
            return 0;
        }
        TextIo.out(context, out);
        return 0;
    }

    private static SortKey parseKey(String spec) throws Getopt.UsageException {
        SortKey key = new SortKey();
        String[] parts = spec.split(",", 2);
        int[] start = position(parts[0], key, false, spec);
        key.startField = start[0];
        key.startChar = start[1] == 0 ? 1 : start[1];
        if (start[0] == 0) {
            throw new Getopt.UsageException("field number is zero: invalid field specification '" + spec + "'");
        }
        if (start[1] == -2) {
            throw new Getopt.UsageException("character offset is zero: invalid field specification '" + spec + "'");
        }
        if (parts.length > 1) {
            int[] end = position(parts[1], key, true, spec);
            if (end[0] == 0) {
                throw new Getopt.UsageException("field number is zero: invalid field specification '" + spec + "'");
            }
            key.endField = end[0];
            key.endChar = Math.max(end[1], 0);
        }
        return key;
    }

    private static int[] position(String text, SortKey key, boolean end, String spec) throws Getopt.UsageException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?([a-zA-Z]*)").matcher(text);
        if (!m.matches() || !key.options(m.group(3), end)) {
            throw new Getopt.UsageException("invalid number at field start: invalid count at start of '"
                    + spec + "'");
        }
        int field = Integer.parseInt(m.group(1));
        int ch = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (!end && m.group(2) != null && ch == 0) {
            ch = -2;
        }
        return new int[] {field, ch};
    }

    /** The NUL-terminated records of {@code -z} input; a last record without its NUL still counts. */
    private static List<String> nulRecords(String text) {
        List<String> records = new ArrayList<>(List.of(text.split("\0", -1)));
        if (!records.isEmpty() && records.get(records.size() - 1).isEmpty()) {
            records.remove(records.size() - 1);
        }
        return records;
    }
}

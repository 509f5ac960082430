package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU cut: {@code -b/-c LIST} (characters of the decoded text), {@code -f LIST} with {@code -d DELIM}, {@code -s},
 * {@code --complement}, {@code --output-delimiter}; lists of {@code N}, {@code N-}, {@code N-M}, {@code -M}.
 */
final class Cut implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("bytes", Getopt.Arg.REQUIRED,
            "characters", Getopt.Arg.REQUIRED, "fields", Getopt.Arg.REQUIRED, "delimiter", Getopt.Arg.REQUIRED,
            "only-delimited", Getopt.Arg.NONE, "complement", Getopt.Arg.NONE, "output-delimiter",
            Getopt.Arg.REQUIRED);

    @Override
    public String name() {
        return "cut";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        Getopt g = new Getopt("b:c:f:d:sn", LONGS);
        String list = null;
        boolean fields = false;
        String delim = "\t";
        String outDelim = null;
        boolean onlyDelimited = false;
        boolean complement = false;
        try {
            g.parse(args);
            for (Getopt.Opt o : g.opts) {
                switch (o.name()) {
                    case "b", "c", "bytes", "characters" -> {
                        if (list != null) {
                            throw new Getopt.UsageException("only one list may be specified");
                        }
                        list = o.value();
                    }
                    case "f", "fields" -> {
                        if (list != null) {
                            throw new Getopt.UsageException("only one list may be specified");
                        }
                        list = o.value();
                        fields = true;
                    }
                    case "d", "delimiter" -> {
                        if (o.value().length() > 1) {
                            throw new Getopt.UsageException("the delimiter must be a single character");
                        }
                        delim = o.value().isEmpty() ? "\0" : o.value();
                    }
                    case "s", "only-delimited" -> onlyDelimited = true;
                    case "complement" -> complement = true;
                    case "output-delimiter" -> outDelim = o.value();
                    default -> {
                    }
                }
            }
            if (list == null) {
                throw new Getopt.UsageException("you must specify a list of bytes, characters, or fields");
            }
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "cut", e.getMessage() + "\nTry 'cut --help' for more information.");
            return 1;
        }
        List<long[]> ranges = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String[] ends = part.split("-", -1);
            try {
                if (ends.length > 2 || part.isEmpty() || part.equals("-")) {
                    throw new NumberFormatException();
                }
                long lo = ends[0].isEmpty() ? 1 : Long.parseLong(ends[0]);
                long hi = ends.length == 1 ? lo : ends[1].isEmpty() ? Long.MAX_VALUE : Long.parseLong(ends[1]);
                if (lo < 1) {
                    TextIo.err(context, "cut", (fields ? "fields" : "byte/character positions")
                            + " are numbered from 1\nTry 'cut --help' for more information.");
                    return 1;
                }
                if (hi < lo) {
                    TextIo.err(context, "cut", "invalid decreasing range\nTry 'cut --help' for more information.");
                    return 1;
                }
                ranges.add(new long[] {lo, hi});
            } catch (NumberFormatException e) {
                TextIo.err(context, "cut", "invalid " + (fields ? "field" : "byte/character position")
                        + " list\nTry 'cut --help' for more information.");
                return 1;
            }
        }
        int status = 0;
        for (String text : LineFilters.readAll(context, "cut", g.operands)) {
            if (text == null) {
                status = 1;
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (String line : TextIo.Lines.of(text).lines()) {
                if (fields) {
                    if (!line.contains(delim)) {
                        if (!onlyDelimited) {
                            out.append(line).append('\n');
                        }
                        continue;
                    }
                    String[] parts = line.split(java.util.regex.Pattern.quote(delim), -1);
                    StringBuilder sb = new StringBuilder();
                    boolean first = true;
                    for (int i = 0; i < parts.length; i++) {
                        if (selected(ranges, i + 1) != complement) {
                            if (!first) {
                                sb.append(outDelim == null ? delim : outDelim);
                            }
                            sb.append(parts[i]);
                            first = false;
                        }
                    }
                    out.append(sb).append('\n');
                } else {
                    int[] cps = line.codePoints().toArray();
                    boolean prev = false;
                    boolean any = false;
                    for (int i = 0; i < cps.length; i++) {
                        boolean sel = selected(ranges, i + 1) != complement;
                        if (sel) {
                            if (outDelim != null && any && !prev) {
                                out.append(outDelim);
                            }
                            out.appendCodePoint(cps[i]);
                            any = true;
                        }
                        prev = sel;
                    }
                    out.append('\n');
                }
            }
            TextIo.out(context, out);
        }
        return status;
    }

    private static boolean selected(List<long[]> ranges, long position) {
        for (long[] r : ranges) {
            if (position >= r[0] && position <= r[1]) {
                return true;
            }
        }
        return false;
    }
}

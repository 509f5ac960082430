package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** GNU uniq: {@code -c} ({@code %7d }), {@code -d}, {@code -u}, {@code -i}, {@code -f N}, {@code -s N}, {@code -w N}. */
final class Uniq implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("count", Getopt.Arg.NONE, "repeated",
            Getopt.Arg.NONE, "unique", Getopt.Arg.NONE, "ignore-case", Getopt.Arg.NONE, "skip-fields",
            Getopt.Arg.REQUIRED, "skip-chars", Getopt.Arg.REQUIRED, "check-chars", Getopt.Arg.REQUIRED, "all-repeated", Getopt.Arg.OPTIONAL);

    @Override
    public String name() {
        return "uniq";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        Getopt g = new Getopt("cduDif:s:w:", LONGS);
        boolean count = false;
        boolean repeated = false;
        boolean unique = false;
        boolean allRepeated = false;
        boolean ignoreCase = false;
        int fields = 0;
        int chars = 0;
        int width = Integer.MAX_VALUE;
        try {
            g.parse(args);
            for (Getopt.Opt o : g.opts) {
                switch (o.name()) {
                    case "c", "count" -> count = true;
                    case "d", "repeated" -> repeated = true;
                    case "u", "unique" -> unique = true;
                    case "D", "all-repeated" -> allRepeated = true;
                    case "i", "ignore-case" -> ignoreCase = true;
                    case "f", "skip-fields" -> fields = number(o.value(), "number of fields to skip");
                    case "s", "skip-chars" -> chars = number(o.value(), "number of bytes to skip");
                    case "w", "check-chars" -> width = number(o.value(), "number of bytes to compare");
                    default -> {
                    }
                }
            }
            if (g.operands.size() > 1) {
                throw new Getopt.UsageException("extra operand '" + g.operands.get(1) + "'");
            }
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "uniq", e.getMessage() + "\nTry 'uniq --help' for more information.");
            return 1;
        }
        List<String> texts = LineFilters.readAll(context, "uniq", g.operands);
        if (texts.get(0) == null) {
            return 1;
        }
        List<String> lines = TextIo.Lines.of(texts.get(0)).lines();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String key = key(lines.get(i), fields, chars, width);
            int j = i + 1;
            while (j < lines.size()) {
                String other = key(lines.get(j), fields, chars, width);
                if (ignoreCase ? !other.equalsIgnoreCase(key) : !other.equals(key)) {
                    break;
                }
                j++;
            }
            int n = j - i;
            if (allRepeated) {
                if (n > 1) {
                    for (int k = i; k < j; k++) {
                        out.append(lines.get(k)).append('\n');
                    }
                }
            } else if ((!repeated || n > 1) && (!unique || n == 1)) {
                if (count) {
                    out.append(String.format("%7d ", n));
                }
                out.append(lines.get(i)).append('\n');
            }
            i = j;
            if ((i & 1023) == 0) {
                context.checkCancelled();
            }
        }
        TextIo.out(context, out);
        return 0;
    }

    private static int number(String v, String what) throws Getopt.UsageException {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Getopt.UsageException(v + ": invalid " + what);
        }
    }

    private static String key(String line, int fields, int chars, int width) {
        int p = 0;
        for (int f = 0; f < fields; f++) {
            while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
                p++;
            }
            while (p < line.length() && line.charAt(p) != ' ' && line.charAt(p) != '\t') {
                p++;
            }
        }
        p = Math.min(line.length(), p + chars);
        return line.substring(p, (int) Math.min(line.length(), (long) p + width));
    }
}

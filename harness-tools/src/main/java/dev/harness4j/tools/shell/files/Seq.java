package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seq [-w] [-s SEP] [-f FMT] [FIRST [INC]] LAST}: exact decimal arithmetic; the precision is the larger of
 * FIRST's and INC's, as GNU prints it.
 */
final class Seq extends BaseCommand {
    Seq() {
        super("seq");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        List<String> options = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (numbers.isEmpty() && a.startsWith("-") && a.length() > 1 && !isNumber(a)) {
                options.add(a);
                if ((a.equals("-s") || a.equals("-f") || a.equals("--separator") || a.equals("--format"))
                        && i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else {
                numbers.add(a);
            }
        }
        Options o = Options.parse(options, "ws:f:", true, "equal-width=w", "separator=s", "format=f");
        if (numbers.isEmpty()) {
            throw new UsageException("missing operand");
        }
        if (numbers.size() > 3) {
            throw new UsageException("extra operand " + quote(numbers.get(3)));
        }
        BigDecimal[] v = new BigDecimal[3];
        for (int i = 0; i < numbers.size(); i++) {
            if (!isNumber(numbers.get(i))) {
                throw new UsageException("invalid floating point argument: " + quote(numbers.get(i)));
            }
            v[i] = new BigDecimal(numbers.get(i).replace("+", ""));
        }
        BigDecimal first = numbers.size() == 1 ? BigDecimal.ONE : v[0];
        BigDecimal step = numbers.size() == 3 ? v[1] : BigDecimal.ONE;
        BigDecimal last = v[numbers.size() - 1];
        if (step.signum() == 0) {
            throw new UsageException("invalid Zero increment value: " + quote(numbers.get(1)));
        }
        int precision = Math.max(0, Math.max(first.scale(), step.scale()));
        CFormat format = null;
        if (o.has("f")) {
            format = CFormat.parse(o.value("f"));
            if (format == null) {
                throw new UsageException("format " + quote(o.value("f")) + " has no % directive", false);
            }
        }
        int width = 0;
        if (o.has("w") && format == null) {
            width = Math.max(plain(first, precision).length(), plain(last.setScale(precision,
                    java.math.RoundingMode.DOWN), precision).length());
        }
        String separator = o.value("s") == null ? "\n" : o.value("s");
        StringBuilder out = new StringBuilder();
        boolean any = false;
        for (long i = 0; ; i++) {
            BigDecimal x = first.add(step.multiply(BigDecimal.valueOf(i)));
            if (step.signum() > 0 ? x.compareTo(last) > 0 : x.compareTo(last) < 0) {
                break;
            }
            if (i % 1024 == 0) {
                context.checkCancelled();
                write(context.stdout(), out.toString());
                out.setLength(0);
            }
            if (any) {
                out.append(separator);
            }
            out.append(format != null ? format.format(x) : pad(plain(x, precision), width));
            any = true;
        }
        if (any) {
            out.append('\n');
        }
        write(context.stdout(), out.toString());
        return 0;
    }

    private static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    private static String plain(BigDecimal x, int precision) {
        String s = x.setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
        return s.equals("-0") ? "-0" : s;
    }

    private static String pad(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        return (negative ? "-" : "") + "0".repeat(width - s.length()) + digits;
    }
}

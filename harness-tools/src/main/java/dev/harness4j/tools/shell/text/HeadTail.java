package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU head and tail: {@code -n N}, {@code -N}, {@code -c N}, head's {@code -n -N} (all but the last N), tail's
 * {@code -n +N} (from line N), {@code -q}/{@code -v}, {@code ==> name <==} headers; {@code tail -f} does not follow.
 * Byte counts count bytes of the raw input.
 */
final class HeadTail implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("lines", Getopt.Arg.REQUIRED,
            "bytes", Getopt.Arg.REQUIRED, "quiet", Getopt.Arg.NONE, "silent", Getopt.Arg.NONE,
            "verbose", Getopt.Arg.NONE, "follow", Getopt.Arg.OPTIONAL);

    private final boolean head;

    HeadTail(boolean head) {
        this.head = head;
    }

    @Override
    public String name() {
        return head ? "head" : "tail";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        List<String> expanded = new ArrayList<>();
        boolean options = true;
        String previous = "";
        for (String a : args) {
            options &= !a.equals("--");
            boolean isArgument = List.of("-n", "-c", "--lines", "--bytes").contains(previous);
            previous = a;
            expanded.add(options && !isArgument && a.matches("-\\d+") ? "-n" + a.substring(1) : a);
        }
        Getopt g = new Getopt(head ? "n:c:qv" : "n:c:qvfFs:", LONGS);
        String count = "10";
        boolean bytes = false;
        Boolean headers = null;
        try {
            g.parse(expanded);
        } catch (Getopt.UsageException e) {
            TextIo.err(context, name(), e.getMessage() + "\nTry '" + name() + " --help' for more information.");
            return 1;
        }
        for (Getopt.Opt o : g.opts) {
            switch (o.name()) {
                case "n", "lines" -> {
                    count = o.value();
                    bytes = false;
                }
                case "c", "bytes" -> {
                    count = o.value();
                    bytes = true;
                }
                case "q", "quiet", "silent" -> headers = false;
                case "v", "verbose" -> headers = true;
                default -> {
                    // -f: the workspace is not followed
                }
            }
        }
        boolean fromStart = !head && count.startsWith("+");
        boolean allBut = head && count.startsWith("-");
        long n;
        try {
            n = parseCount(count.replaceFirst("^[+-]", ""));
        } catch (NumberFormatException e) {
            TextIo.err(context, name(), "invalid number of " + (bytes ? "bytes" : "lines") + ": '" + count + "'");
            return 1;
        }
        List<String> operands = g.operands.isEmpty() ? List.of("-") : g.operands;
        boolean show = headers != null ? headers : operands.size() > 1;
        int status = 0;
        boolean first = true;
        for (String operand : operands) {
            byte[] data;
            try {
                data = head && !allBut && operand.equals("-") ? readPrefix(context, n, bytes)
                        : TextIo.read(context, operand);
            } catch (TextIo.InputException e) {
                String what = "Is a directory".equals(e.getMessage()) ? "error reading '" : "cannot open '";
                String suffix = "Is a directory".equals(e.getMessage()) ? "'" : "' for reading";
                TextIo.err(context, name(), what + operand + suffix + ": " + e.getMessage());
                status = 1;
                continue;
            }
            if (show) {
                String label = operand.equals("-") ? "standard input" : operand;
                context.stdout().write(((first ? "" : "\n") + "==> " + label + " <==\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            first = false;
            int[] range = bytes ? byteRange(data.length, n, fromStart, allBut) : lineRange(data, n, fromStart, allBut);
            context.stdout().write(data, range[0], range[1] - range[0]);
        }
        return status;
    }

    /** Reads stdin only as far as head needs, so {@code producer | head} does not wait for the producer's end. */
    private static byte[] readPrefix(CommandContext context, long n, boolean bytes) throws IOException {
        java.io.InputStream in = context.stdin();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (in == null || n == 0) {
            return out.toByteArray();
        }
        long lines = 0;
        byte[] buffer = new byte[8192];
        while (true) {
            int want = bytes ? (int) Math.min(buffer.length, n - out.size()) : buffer.length;
            if (want <= 0) {
                return out.toByteArray();
            }
            int r = in.read(buffer, 0, want);
            if (r < 0) {
                return out.toByteArray();
            }
            if (!bytes) {
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n' && ++lines >= n) {
                        out.write(buffer, 0, i + 1);
                        return out.toByteArray();
                    }
                }
            }
            out.write(buffer, 0, r);
            context.checkCancelled();
        }
    }

    private static long parseCount(String s) {
        long mult = 1;
        String digits = s;
        if (s.endsWith("k") || s.endsWith("K")) {
            mult = 1024;
        } else if (s.endsWith("M")) {
            mult = 1024 * 1024;
        } else if (s.endsWith("b")) {
            mult = 512;
        }
        if (mult != 1) {
            digits = s.substring(0, s.length() - 1);
        }
        if (!digits.matches("\\d+")) {
            throw new NumberFormatException(s);
        }
        return Long.parseLong(digits) * mult;
    }

    private int[] byteRange(int length, long n, boolean fromStart, boolean allBut) {
        int k = (int) Math.min(n, length);
        if (head) {
            return allBut ? new int[] {0, length - k} : new int[] {0, k};
        }
        if (fromStart) {
            return new int[] {(int) Math.min(Math.max(n - 1, 0), length), length};
        }
        return new int[] {length - k, length};
    }

    private int[] lineRange(byte[] data, long n, boolean fromStart, boolean allBut) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                ends.add(i + 1);
            }
        }
        if (data.length > 0 && data[data.length - 1] != '\n') {
            ends.add(data.length);
        }
        int lines = ends.size();
        if (head) {
            long keep = allBut ? Math.max(lines - n, 0) : Math.min(n, lines);
            return new int[] {0, keep == 0 ? 0 : ends.get((int) keep - 1)};
        }
        long skip = fromStart ? Math.max(n - 1, 0) : Math.max(lines - n, 0);
        if (skip >= lines) {
            return new int[] {data.length, data.length};
        }
        return new int[] {skip == 0 ? 0 : ends.get((int) skip - 1), data.length};
    }
}

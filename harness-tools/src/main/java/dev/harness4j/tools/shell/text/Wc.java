package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GNU wc: {@code -l -w -c -m -L}, a {@code total} line for several inputs, and GNU's column width (digits of the
 * summed file sizes, at least 7 when an input is stdin or not a regular file, 1 for a single count of one input).
 * {@code -m} counts Unicode code points of the decoded text.
 */
final class Wc implements Command {
    private static final Map<String, Getopt.Arg> LONGS = Map.of("lines", Getopt.Arg.NONE, "words", Getopt.Arg.NONE,
            "bytes", Getopt.Arg.NONE, "chars", Getopt.Arg.NONE, "max-line-length", Getopt.Arg.NONE);

    @Override
    public String name() {
        return "wc";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws IOException {
        Getopt g = new Getopt("lwcmL", LONGS);
        try {
            g.parse(args);
        } catch (Getopt.UsageException e) {
            TextIo.err(context, "wc", e.getMessage() + "\nTry 'wc --help' for more information.");
            return 1;
        }
        boolean[] show = new boolean[5];
        for (Getopt.Opt o : g.opts) {
            show[switch (o.name()) {
                case "l", "lines" -> 0;
                case "w", "words" -> 1;
                case "m", "chars" -> 2;
                case "c", "bytes" -> 3;
                default -> 4;
            }] = true;
        }
        if (!show[0] && !show[1] && !show[2] && !show[3] && !show[4]) {
            show[0] = true;
            show[1] = true;
            show[3] = true;
        }
        List<String> operands = g.operands.isEmpty() ? List.of("-") : g.operands;
        int selected = 0;
        for (boolean b : show) {
            selected += b ? 1 : 0;
        }
        long sizes = 0;
        int minWidth = 1;
        for (String operand : operands) {
            if (operand.equals("-")) {
                minWidth = 7;
                continue;
            }
            try {
                Path p = context.resolve(operand, Intent.READ);
                if (Files.isRegularFile(p)) {
                    sizes += Files.size(p);
                } else if (Files.exists(p)) {
                    minWidth = 7;
                }
            } catch (Exception e) {
                // reported when read
            }
        }
        int width = selected == 1 && operands.size() == 1 ? 1 : Math.max(minWidth, Long.toString(sizes).length());
        long[] total = new long[5];
        int status = 0;
        StringBuilder out = new StringBuilder();
        List<String> errors = new ArrayList<>();
        for (String operand : operands) {
            long[] counts = new long[5];
            String error = null;
            try {
                counts = count(TextIo.read(context, operand));
            } catch (TextIo.InputException e) {
                error = e.getMessage();
                status = 1;
            }
            if (error != null) {
                TextIo.out(context, out);
                out.setLength(0);
                TextIo.err(context, "wc", operand + ": " + error);
                if (!"Is a directory".equals(error)) {
                    continue;
                }
            }
            for (int i = 0; i < 5; i++) {
                total[i] = i == 4 ? Math.max(total[i], counts[i]) : total[i] + counts[i];
            }
            line(out, show, counts, width, operand.equals("-") && g.operands.isEmpty() ? null : operand);
        }
        if (operands.size() > 1) {
            line(out, show, total, width, "total");
        }
        TextIo.out(context, out);
        return errors.isEmpty() ? status : 1;
    }

    private static void line(StringBuilder out, boolean[] show, long[] counts, int width, String name) {
        boolean first = true;
        for (int i = 0; i < 5; i++) {
            if (show[i]) {
                String v = Long.toString(counts[i]);
                if (!first) {
                    out.append(' ');
                }
                out.append(" ".repeat(Math.max(0, width - v.length()))).append(v);
                first = false;
            }
        }
        if (name != null) {
            out.append(' ').append(name);
        }
        out.append('\n');
    }

    private static long[] count(byte[] data) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
            boolean space = b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == 0x0B || b == '\f';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        String text = TextIo.decode(data);
        long longest = 0;
        long current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                longest = Math.max(longest, current);
                current = 0;
            } else if (c == '\t') {
                current = (current / 8 + 1) * 8;
            } else if (!Character.isLowSurrogate(c)) {
                current++;
            }
        }
        longest = Math.max(longest, current);
        return new long[] {lines, words, text.codePointCount(0, text.length()), data.length, longest};
    }
}

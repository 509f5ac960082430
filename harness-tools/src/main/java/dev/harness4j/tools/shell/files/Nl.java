package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code nl [-b a|t|n] [-n ln|rn|rz] [-w N] [-s SEP] [-v START] [-i INCR] [FILE...]}; no logical pages. */
final class Nl extends BaseCommand {
    Nl() {
        super("nl");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "b:n:w:s:v:i:", true, "body-numbering=b", "number-format=n",
                "number-width=w", "number-separator=s", "starting-line-number=v", "line-increment=i");
        String style = o.has("b") ? o.value("b") : "t";
        if (!style.equals("a") && !style.equals("t") && !style.equals("n")) {
            throw new UsageException("invalid body numbering style: " + quote(style), false);
        }
        String format = o.has("n") ? o.value("n") : "rn";
        if (!List.of("ln", "rn", "rz").contains(format)) {
            throw new UsageException("invalid line numbering format: " + quote(format), false);
        }
        int width = number(o, "w", 6);
        long line = number(o, "v", 1);
        long step = number(o, "i", 1);
        String sep = o.has("s") ? o.value("s") : "\t";
        List<String> operands = o.operands().isEmpty() ? List.of("-") : o.operands();
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String operand : operands) {
            byte[] content;
            try (InputStream in = Inputs.open(context, operand)) {
                content = in.readAllBytes();
            } catch (Fs.PathError e) {
                error(context, quoteIfNeeded(operand) + ": " + e.getMessage());
                status = 1;
                continue;
            }
            String text = new String(content, StandardCharsets.ISO_8859_1);
            int start = 0;
            while (start < text.length()) {
                context.checkCancelled();
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String l = text.substring(start, end);
                boolean numbered = style.equals("a") || (style.equals("t") && !l.isEmpty());
                if (numbered) {
                    String n = Long.toString(line);
                    String pad = n.length() >= width ? "" : (format.equals("rz") ? "0" : " ").repeat(width - n.length());
                    out.append(format.equals("ln") ? n + pad : pad + n).append(sep);
                    line += step;
                } else {
                    out.append(" ".repeat(width + sep.length()));
                }
                out.append(l).append('\n');
                start = end + 1;
            }
        }
        context.stdout().write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        return status;
    }

    private static int number(Options o, String key, int fallback) throws UsageException {
        if (!o.has(key)) {
            return fallback;
        }
        try {
            return Integer.parseInt(o.value(key));
        } catch (NumberFormatException e) {
            throw new UsageException("invalid line number field width: " + quote(o.value(key)), false);
        }
    }
}

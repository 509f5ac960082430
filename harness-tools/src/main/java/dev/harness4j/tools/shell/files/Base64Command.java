package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** {@code base64 [-d] [-i] [-w COLS] [FILE]}: wraps encoded output at 76 columns unless {@code -w 0}. */
final class Base64Command extends BaseCommand {
    Base64Command() {
        super("base64");
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "diw:", true, "decode=d", "ignore-garbage=i", "wrap=w");
        if (o.operands().size() > 1) {
            throw new UsageException("extra operand " + quote(o.operands().get(1)));
        }
        int wrap = 76;
        if (o.has("w")) {
            try {
                wrap = Integer.parseInt(o.value("w"));
            } catch (NumberFormatException e) {
                wrap = -1;
            }
            if (wrap < 0) {
                throw new UsageException("invalid wrap size: " + quote(o.value("w")), false);
            }
        }
        String operand = o.operands().isEmpty() ? "-" : o.operands().get(0);
        byte[] input;
        try {
            input = Inputs.readAll(context, operand);
        } catch (Fs.PathError e) {
            error(context, quoteIfNeeded(operand) + ": " + e.getMessage());
            return 1;
        }
        if (o.has("d")) {
            return decode(context, input, o.has("i"));
        }
        String encoded = Base64.getEncoder().encodeToString(input);
        StringBuilder out = new StringBuilder(encoded.length() + encoded.length() / 76 + 2);
        if (wrap == 0) {
            out.append(encoded);
        } else {
            for (int i = 0; i < encoded.length(); i += wrap) {
                out.append(encoded, i, Math.min(encoded.length(), i + wrap)).append('\n');
            }
        }
        write(context.stdout(), out.toString());
        return 0;
    }

    private int decode(CommandContext context, byte[] input, boolean ignoreGarbage) throws IOException {
        StringBuilder clean = new StringBuilder(input.length);
        boolean garbage = false;
        for (byte b : input) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                    || c == '=') {
                clean.append(c);
            } else if (c != '\n' && !ignoreGarbage) {
                garbage = true;
                break;
            }
        }
        String text = clean.toString();
        int valid = garbage ? 0 : text.length();
        if (!garbage && text.length() % 4 != 0) {
            valid = text.length() - text.length() % 4;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text.substring(0, valid).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            error(context, "invalid input");
            return 1;
        }
        context.stdout().write(decoded);
        if (garbage || valid != text.length()) {
            error(context, "invalid input");
            return 1;
        }
        return 0;
    }
}

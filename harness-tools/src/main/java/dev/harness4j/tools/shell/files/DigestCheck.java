package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code -c} mode of the digest commands: verifies {@code HASH  NAME} lines and reports OK or FAILED. */
final class DigestCheck {
    private final Digest command;
    private final CommandContext context;
    private final Options options;
    private final Pattern line;

    DigestCheck(Digest command, CommandContext context, Options options) {
        this.command = command;
        this.context = context;
        this.options = options;
        this.line = Pattern.compile("([0-9a-fA-F]{" + command.hexLength() + "}) [ *](.+)");
    }

    int run(List<String> lists) throws IOException {
        int failed = 0;
        int unreadable = 0;
        int malformed = 0;
        int ok = 0;
        boolean quiet = options.has("quiet");
        boolean silent = options.has("status");
        StringBuilder out = new StringBuilder();
        int status = 0;
        for (String list : lists) {
            String text;
            try {
                text = Digest.text(Inputs.readAll(context, list));
            } catch (Fs.PathError e) {
                command.error(context, BaseCommand.quoteIfNeeded(list) + ": " + e.getMessage());
                status = 1;
                continue;
            }
            int listOk = 0;
            int listBad = 0;
            for (String l : text.split("\n")) {
                Matcher m = line.matcher(l);
                if (!m.matches()) {
                    if (!l.isEmpty()) {
                        malformed++;
                        listBad++;
                    }
                    continue;
                }
                String file = m.group(2);
                String actual;
                try {
                    actual = command.hash(context, file);
                } catch (Fs.PathError e) {
                    BaseCommand.write(context.stdout(), out.toString());
                    out.setLength(0);
                    command.error(context, file + ": " + e.getMessage());
                    if (!silent) {
                        out.append(file).append(": FAILED open or read\n");
                    }
                    unreadable++;
                    continue;
                }
                if (actual.equalsIgnoreCase(m.group(1))) {
                    ok++;
                    listOk++;
                    if (!quiet && !silent) {
                        out.append(file).append(": OK\n");
                    }
                } else {
                    failed++;
                    if (!silent) {
                        out.append(file).append(": FAILED\n");
                    }
                }
            }
            if (listOk == 0 && failed == 0 && unreadable == 0 && listBad >= 0 && ok == 0) {
                BaseCommand.write(context.stdout(), out.toString());
                out.setLength(0);
                command.error(context, BaseCommand.quoteIfNeeded(list.equals("-") ? "standard input" : list)
                        + ": no properly formatted checksum lines found");
                status = 1;
            }
        }
        BaseCommand.write(context.stdout(), out.toString());
        if (!silent) {
            if (malformed > 0 && ok + failed + unreadable > 0) {
                command.error(context, "WARNING: " + malformed + " line" + (malformed == 1 ? " is" : "s are")
                        + " improperly formatted");
            }
            if (unreadable > 0) {
                command.error(context, "WARNING: " + unreadable + " listed file" + (unreadable == 1 ? "" : "s")
                        + " could not be read");
            }
            if (failed > 0) {
                command.error(context, "WARNING: " + failed + " computed checksum" + (failed == 1 ? "" : "s")
                        + " did NOT match");
            }
        }
        return failed > 0 || unreadable > 0 || status != 0 ? 1 : 0;
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import dev.harness4j.workspace.Intent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code cat [-nbsEAvT] [FILE...]}: {@code -} or no operand reads stdin; numbering runs on across files. */
final class Cat extends BaseCommand {
    private static final int CHUNK = 64 * 1024;

    Cat() {
        super("cat");
    }

    /** Line state carried from one file to the next. */
    private static final class State {
        long line = 1;
        boolean lineStart = true;
        int blankRun;
    }

    @Override
    int execute(CommandContext context, List<String> args) throws IOException, UsageException {
        Options o = Options.parse(args, "nbsEATvetu", true, "number=n", "number-nonblank=b", "squeeze-blank=s",
                "show-ends=E", "show-all=A", "show-tabs=T", "show-nonprinting=v");
        boolean plain = o.occurrences().stream().allMatch(x -> x.key().equals("u"));
        List<String> operands = o.operands().isEmpty() ? List.of("-") : o.operands();
        State state = new State();
        int status = 0;
        for (String operand : operands) {
            context.checkCancelled();
            if (operand.equals("-") || operand.equals(Inputs.DEV_NULL)) {
                copy(context, operand.equals("-") ? context.stdin() : InputStream.nullInputStream(), o, plain, state);
                continue;
            }
            try {
                Path p = Fs.follow(context, operand, Intent.READ);
                if (Files.isDirectory(p)) {
                    error(context, quoteIfNeeded(operand) + ": Is a directory");
                    status = 1;
                    continue;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    copy(context, in, o, plain, state);
                }
            } catch (Fs.PathError e) {
                error(context, quoteIfNeeded(operand) + ": " + e.getMessage());
                status = 1;
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
                error(context, quoteIfNeeded(operand) + ": " + Fs.errno(e));
                status = 1;
            }
        }
        context.stdout().flush();
        return status;
    }

    private void copy(CommandContext context, InputStream in, Options o, boolean plain, State state)
            throws IOException {
        OutputStream out = context.stdout();
        byte[] buf = new byte[CHUNK];
        boolean number = o.has("n") || o.has("b");
        boolean nonBlank = o.has("b");
        boolean squeeze = o.has("s");
        boolean ends = o.has("E") || o.has("A") || o.has("e");
        boolean tabs = o.has("T") || o.has("A") || o.has("t");
        boolean visible = o.has("v") || o.has("A") || o.has("e") || o.has("t");
        int n;
        while ((n = in.read(buf)) > 0) {
            context.checkCancelled();
            if (plain) {
                out.write(buf, 0, n);
                continue;
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream(n + n / 4);
            for (int i = 0; i < n; i++) {
                int c = buf[i] & 0xff;
                if (state.lineStart) {
                    if (c == '\n') {
                        state.blankRun++;
                        if (squeeze && state.blankRun > 1) {
                            continue;
                        }
                    } else {
                        state.blankRun = 0;
                    }
                    if (number && !(nonBlank && c == '\n')) {
                        BaseCommand.write(b, String.format("%6d\t", state.line++));
                    }
                }
                state.lineStart = c == '\n';
                if (c == '\n') {
                    if (ends) {
                        b.write('$');
                    }
                    b.write('\n');
                } else if (c == '\t') {
                    if (tabs) {
                        b.write('^');
                        b.write('I');
                    } else {
                        b.write(c);
                    }
                } else if (visible) {
                    visible(b, c);
                } else {
                    b.write(c);
                }
            }
            b.writeTo(out);
        }
    }

    private static void visible(ByteArrayOutputStream b, int c) {
        if (c >= 128) {
            b.write('M');
            b.write('-');
            c -= 128;
        }
        if (c < 32) {
            b.write('^');
            b.write(c + 64);
        } else if (c == 127) {
            b.write('^');
            b.write('?');
        } else {
            b.write(c);
        }
    }
}

package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The small whole-input filters: rev (reverses each line's characters) and tac (reverses the order of lines). */
final class LineFilters {
    private LineFilters() {
    }

    /** Reads every operand ({@code -} or none is stdin), reporting unreadable ones; null entries mark failures. */
    static List<String> readAll(CommandContext context, String tool, List<String> operands) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String operand : operands.isEmpty() ? List.of("-") : operands) {
            try {
                texts.add(TextIo.readText(context, operand));
            } catch (TextIo.InputException e) {
                TextIo.err(context, tool, operand + ": " + e.getMessage());
                texts.add(null);
            }
        }
        return texts;
    }

    /** util-linux rev: each line reversed, a missing final newline kept missing. */
    static final class Rev implements Command {
        @Override
        public String name() {
            return "rev";
        }

        @Override
        public int run(CommandContext context, List<String> args) throws IOException {
            int status = 0;
            for (String text : readAll(context, "rev", args)) {
                if (text == null) {
                    status = 1;
                    continue;
                }
                TextIo.Lines lines = TextIo.Lines.of(text);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < lines.lines().size(); i++) {
                    out.append(new StringBuilder(lines.lines().get(i)).reverse());
                    if (i < lines.lines().size() - 1 || !lines.missingFinalNewline()) {
                        out.append('\n');
                    }
                }
                TextIo.out(context, out);
            }
            return status;
        }
    }

    /** GNU tac: the lines of each input in reverse order, each keeping its own terminator. */
    static final class Tac implements Command {
        @Override
        public String name() {
            return "tac";
        }

        @Override
        public int run(CommandContext context, List<String> args) throws IOException {
            int status = 0;
            for (String text : readAll(context, "tac", args)) {
                if (text == null) {
                    status = 1;
                    continue;
                }
                List<String> records = new ArrayList<>();
                int start = 0;
                while (start < text.length()) {
                    int nl = text.indexOf('\n', start);
                    int end = nl < 0 ? text.length() : nl + 1;
                    records.add(text.substring(start, end));
                    start = end;
                }
                Collections.reverse(records);
                TextIo.out(context, String.join("", records));
            }
            return status;
        }
    }
}

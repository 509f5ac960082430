package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;

/** The lines of sed's operands as one stream, read lazily file by file; unreadable files are reported and skipped. */
final class SedInput implements SedRun.Input {
    private final CommandContext context;
    private final List<String> operands;
    private int nextOperand;
    private List<String> lines = List.of();
    private boolean currentMissing;
    private int index;
    private boolean lastMissing;
    int status;

    private final char separator;

    SedInput(CommandContext context, List<String> operands, char separator) {
        this.context = context;
        this.operands = operands;
        this.separator = separator;
    }

    private boolean fill() throws IOException {
        while (index >= lines.size()) {
            if (nextOperand >= operands.size()) {
                return false;
            }
            String operand = operands.get(nextOperand++);
            try {
                TextIo.Lines l = TextIo.Lines.of(TextIo.readText(context, operand), separator);
                lines = l.lines();
                currentMissing = l.missingFinalNewline();
                index = 0;
            } catch (TextIo.InputException e) {
                String message = "Is a directory".equals(e.getMessage()) ? "read error on " + operand + ": "
                        + e.getMessage() : "can't read " + operand + ": " + e.getMessage();
                TextIo.err(context, "sed", message);
                status = 2;
            }
        }
        return true;
    }

    @Override
    public String next() throws IOException {
        if (!fill()) {
            return null;
        }
        String line = lines.get(index++);
        lastMissing = index == lines.size() && currentMissing;
        return line;
    }

    @Override
    public boolean atLast() throws IOException {
        return !fill();
    }

    @Override
    public boolean missingNewline() {
        return lastMissing;
    }
}

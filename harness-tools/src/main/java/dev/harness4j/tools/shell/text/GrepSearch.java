package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.util.List;

/** Searches one input for grep and writes its lines, counts or name in GNU's formats. */
final class GrepSearch {

    /** Thrown to stop everything once -q has its answer. */
    static final class Found extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Found() {
            super(null, null, false, false);
        }
    }

    /** Grep's output settings. */
    static final class Settings {
        boolean invert;
        boolean count;
        boolean filesWith;
        boolean filesWithout;
        boolean quiet;
        boolean only;
        boolean lineNumbers;
        boolean text;
        boolean skipBinary;
        long max = Long.MAX_VALUE;
        int after;
        int before;
        boolean separatorsUsed;
        boolean printedGroup;
    }

    private final CommandContext context;
    private final GrepPatterns patterns;
    private final Settings s;
    private final StringBuilder out = new StringBuilder();

    GrepSearch(CommandContext context, GrepPatterns patterns, Settings settings) {
        this.context = context;
        this.patterns = patterns;
        this.s = settings;
    }

    /** Searches the bytes of one input; {@code name} is null when names are not shown. Returns whether any line was selected. */
    boolean search(byte[] bytes, String name, String displayName) throws IOException {
        boolean binary = !s.text && indexOfNul(bytes) >= 0;
        if (binary && s.skipBinary) {
            return false;
        }
        List<String> lines = TextIo.Lines.of(TextIo.decode(bytes)).lines();
        String prefix = name == null ? "" : name;
        long selected = 0;
        int lastPrinted = -1;
        int afterLeft = 0;
        boolean firstGroup = true;
        boolean listingOnly = s.count || s.filesWith || s.filesWithout || s.quiet;
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 255) == 0) {
                context.checkCancelled();
            }
            String line = lines.get(i);
            boolean hit = patterns.find(line) != s.invert;
            if (hit && selected < s.max) {
                selected++;
                if (s.quiet) {
                    throw new Found();
                }
                if (s.filesWith) {
                    break;
                }
                if (listingOnly) {
                    continue;
                }
                if (binary) {
                    flush();
                    TextIo.err(context, "grep", displayName + ": binary file matches");
                    return true;
                }
                int start = Math.max(lastPrinted + 1, i - s.before);
                if ((s.before > 0 || s.after > 0) && s.printedGroup && (firstGroup || start > lastPrinted + 1)) {
                    out.append("--\n");
                }
                firstGroup = false;
                s.printedGroup = true;
                for (int j = start; j < i; j++) {
                    emit(prefix, j, lines.get(j), '-');
                }
                if (s.only) {
                    if (!s.invert) {
                        for (int[] m : patterns.all(line)) {
                            emit(prefix, i, line.substring(m[0], m[1]), ':');
                        }
                    }
                } else {
                    emit(prefix, i, line, ':');
                }
                lastPrinted = i;
                afterLeft = s.after;
            } else if (afterLeft > 0 && !listingOnly) {
                if (!s.only) {
                    emit(prefix, i, line, '-');
                }
                lastPrinted = i;
                afterLeft--;
            } else if (selected >= s.max) {
                break;
            }
            if (out.length() > 1 << 16) {
                flush();
            }
        }
        if (s.count) {
            out.append(name == null ? "" : name + ":").append(selected).append('\n');
        }
        if (s.filesWith && selected > 0) {
            out.append(displayName).append('\n');
        }
        if (s.filesWithout && selected == 0) {
            out.append(displayName).append('\n');
        }
        flush();
        return selected > 0;
    }

    private void emit(String prefix, int index, String text, char sep) {
        if (!prefix.isEmpty()) {
            out.append(prefix).append(sep);
        }
        if (s.lineNumbers) {
            out.append(index + 1).append(sep);
        }
        out.append(text).append('\n');
    }

    private void flush() throws IOException {
        if (out.length() > 0) {
            TextIo.out(context, out);
            out.setLength(0);
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares two files' contents and prints the difference in normal, unified or brief form. */
final class DiffFiles {
    /** One side: its label, bytes and modification time. */
    record Side(String label, byte[] content, Instant mtime) {
    }

    private final CommandContext context;
    private final Options options;

    DiffFiles(CommandContext context, Options options) {
        this.context = context;
        this.options = options;
    }

    /** 0 when equal, 1 when different; prints {@code header} first when there is a difference to show. */
    int compare(Side a, Side b, String header) throws IOException {
        if (java.util.Arrays.equals(a.content(), b.content())) {
            return 0;
        }
        if (options.has("q")) {
            latin("Files " + a.label() + " and " + b.label() + " differ\n");
            return 1;
        }
        if (!options.has("a") && (binary(a.content()) || binary(b.content()))) {
            latin("Binary files " + a.label() + " and " + b.label() + " differ\n");
            return 1;
        }
        Lines la = new Lines(a.content());
        Lines lb = new Lines(b.content());
        String style = options.last("u", "U", "c", "C");
        boolean unified = "u".equals(style) || "U".equals(style);
        boolean contextFormat = "c".equals(style) || "C".equals(style);
        int ctx = "U".equals(style) || "C".equals(style) ? Integer.parseInt(options.value(style))
                : style != null ? 3 : 0;
        List<LineDiff.Change> changes = LineDiff.diff(la.keys(options), lb.keys(options), ctx, context);
        if (changes.isEmpty()) {
            return 0;
        }
        StringBuilder out = new StringBuilder();
        if (header != null) {
            out.append(header).append('\n');
        }
        if (unified) {
            out.append("--- ").append(a.label()).append('\t').append(FileTimes.full(a.mtime())).append('\n');
            out.append("+++ ").append(b.label()).append('\t').append(FileTimes.full(b.mtime())).append('\n');
            unified(out, la, lb, changes, ctx);
        } else if (contextFormat) {
            out.append("*** ").append(a.label()).append('\t').append(FileTimes.ctime(a.mtime())).append('\n');
            out.append("--- ").append(b.label()).append('\t').append(FileTimes.ctime(b.mtime())).append('\n');
            ContextFormat.print(out, la, lb, changes, ctx);
        } else {
            normal(out, la, lb, changes);
        }
        latin(out.toString());
        return 1;
    }

    private void latin(String text) throws IOException {
        context.stdout().write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A name as the ISO-8859-1 view of its UTF-8 bytes, so that output can be written byte for byte. */
    static String bytes(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static boolean binary(byte[] content) {
        int n = Math.min(content.length, 32768);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static void normal(StringBuilder out, Lines a, Lines b, List<LineDiff.Change> changes) {
        for (LineDiff.Change c : changes) {
            boolean del = c.a1() > c.a0();
            boolean ins = c.b1() > c.b0();
            String left = del ? range(c.a0() + 1, c.a1()) : Integer.toString(c.a0());
            String right = ins ? range(c.b0() + 1, c.b1()) : Integer.toString(c.b0());
            out.append(left).append(del && ins ? 'c' : del ? 'd' : 'a').append(right).append('\n');
            for (int i = c.a0(); i < c.a1(); i++) {
                a.append(out, "< ", i);
            }
            if (del && ins) {
                out.append("---\n");
            }
            for (int j = c.b0(); j < c.b1(); j++) {
                b.append(out, "> ", j);
            }
        }
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "," + to;
    }

    private static void unified(StringBuilder out, Lines a, Lines b, List<LineDiff.Change> changes, int ctx) {
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).a0() - changes.get(j).a1() <= 2 * ctx) {
                j++;
            }
            LineDiff.Change first = changes.get(i);
            LineDiff.Change last = changes.get(j);
            int aStart = Math.max(0, first.a0() - ctx);
            int bStart = Math.max(0, first.b0() - ctx);
            int aEnd = Math.min(a.size(), last.a1() + ctx);
            int bEnd = Math.min(b.size(), last.b1() + ctx);
            out.append("@@ -").append(hunkRange(aStart, aEnd - aStart)).append(" +")
                    .append(hunkRange(bStart, bEnd - bStart)).append(" @@\n");
            int pa = aStart;
            for (int k = i; k <= j; k++) {
                LineDiff.Change c = changes.get(k);
                for (; pa < c.a0(); pa++) {
                    a.append(out, " ", pa);
                }
                for (int x = c.a0(); x < c.a1(); x++) {
                    a.append(out, "-", x);
                }
                for (int y = c.b0(); y < c.b1(); y++) {
                    b.append(out, "+", y);
                }
                pa = c.a1();
            }
            for (; pa < aEnd; pa++) {
                a.append(out, " ", pa);
            }
            i = j + 1;
        }
    }

    private static String hunkRange(int start, int length) {
        if (length == 1) {
            return Integer.toString(start + 1);
        }
        return (length == 0 ? start : start + 1) + "," + length;
    }

    /** A file split into lines, remembering whether the last one ended with a newline. */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final boolean finalNewline;

        Lines(byte[] content) {
            String text = new String(content, StandardCharsets.ISO_8859_1);
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            finalNewline = start == text.length();
            if (!finalNewline) {
                lines.add(text.substring(start));
            }
        }

        int size() {
            return lines.size();
        }

        /** The comparison keys; an unterminated last line never equals a terminated one, as in GNU diff. */
        List<String> keys(Options o) {
            List<String> keys = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (i == lines.size() - 1 && !finalNewline) {
                    l = l + "\n";
                }
                String k = o.has("i") ? l.toLowerCase(Locale.ROOT) : l;
                if (!o.has("w") && !o.has("b")) {
                    keys.add(k);
                    continue;
                }
                if (o.has("w")) {
                    k = k.replaceAll("[ \t\r\f\u000b]+", "");
                } else if (o.has("b")) {
                    k = k.replaceAll("[ \t\r\f\u000b]+", " ").replaceAll(" $", "");
                }
                keys.add(k);
            }
            return keys;
        }

        void append(StringBuilder out, String prefix, int index) {
            out.append(prefix).append(lines.get(index)).append('\n');
            if (index == lines.size() - 1 && !finalNewline) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }
}

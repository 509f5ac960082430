package dev.harness4j.tools.shell.files;

import java.util.List;

/** diff's context format ({@code -c}, {@code -C N}): old and new sides of each hunk, marked with - + and !. */
final class ContextFormat {
    private ContextFormat() {
    }

    static void print(StringBuilder out, DiffFiles.Lines a, DiffFiles.Lines b, List<LineDiff.Change> changes,
                      int ctx) {
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).a0() - changes.get(j).a1() <= 2 * ctx) {
                j++;
            }
            List<LineDiff.Change> hunk = changes.subList(i, j + 1);
            int aStart = Math.max(0, hunk.get(0).a0() - ctx);
            int bStart = Math.max(0, hunk.get(0).b0() - ctx);
            int aEnd = Math.min(a.size(), hunk.get(hunk.size() - 1).a1() + ctx);
            int bEnd = Math.min(b.size(), hunk.get(hunk.size() - 1).b1() + ctx);
            out.append("***************\n");
            out.append("*** ").append(range(aStart, aEnd)).append(" ****\n");
            if (hunk.stream().anyMatch(c -> c.a1() > c.a0())) {
                side(out, a, hunk, aStart, aEnd, true);
            }
            out.append("--- ").append(range(bStart, bEnd)).append(" ----\n");
            if (hunk.stream().anyMatch(c -> c.b1() > c.b0())) {
                side(out, b, hunk, bStart, bEnd, false);
            }
            i = j + 1;
        }
    }

    private static void side(StringBuilder out, DiffFiles.Lines lines, List<LineDiff.Change> hunk, int start,
                             int end, boolean old) {
        int pos = start;
        for (LineDiff.Change c : hunk) {
            int from = old ? c.a0() : c.b0();
            int to = old ? c.a1() : c.b1();
            for (; pos < from; pos++) {
                lines.append(out, "  ", pos);
            }
            boolean both = c.a1() > c.a0() && c.b1() > c.b0();
            String mark = both ? "! " : old ? "- " : "+ ";
            for (; pos < to; pos++) {
                lines.append(out, mark, pos);
            }
        }
        for (; pos < end; pos++) {
            lines.append(out, "  ", pos);
        }
    }

    private static String range(int start, int end) {
        if (end - start == 1) {
            return Integer.toString(end);
        }
        if (end == start) {
            return Integer.toString(end);
        }
        return (start + 1) + "," + end;
    }
}

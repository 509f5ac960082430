package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference of two line sequences as GNU diff computes it, so that ambiguous alignments come out the same:
 * common ends stripped, lines without a partner discarded ({@link Discards}), Myers' bisecting search with GNU's
 * cut-off for expensive inputs ({@link MiddleSnake}), then changes slid to GNU's boundaries ({@link Boundaries}).
 */
final class LineDiff {
    /** Lines {@code a0..a1} of the first file replaced by lines {@code b0..b1} of the second (0-based, exclusive). */
    record Change(int a0, int a1, int b0, int b1) {
    }

    private LineDiff() {
    }

    static List<Change> diff(List<String> a, List<String> b, CommandContext context) {
        return diff(a, b, 0, context);
    }

    /**
     * The changes; {@code contextLines} is the output's context (GNU keeps that many lines of the identical tail in
     * the region where changes may slide).
     */
    static List<Change> diff(List<String> a, List<String> b, int contextLines, CommandContext context) {
        Map<String, Integer> classes = new HashMap<>();
        int[] ea = classes(a, classes);
        int[] eb = classes(b, classes);
        int n = ea.length;
        int m = eb.length;
        int prefix = 0;
        while (prefix < n && prefix < m && ea[prefix] == eb[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && ea[n - 1 - suffix] == eb[m - 1 - suffix]) {
            suffix++;
        }
        // GNU reads the identical ends' nearest lines as part of the region when they serve as output context
        suffix -= Math.min(suffix, contextLines);
        prefix -= Math.min(prefix, contextLines);
        // changed flags with a sentinel on each side: index k of the file is slot k + 1
        byte[] changedA = new byte[n + 2];
        byte[] changedB = new byte[m + 2];
        Discards.Kept keptA = Discards.keep(ea, prefix, n - suffix, eb, prefix, m - suffix, changedA);
        Discards.Kept keptB = Discards.keep(eb, prefix, m - suffix, ea, prefix, n - suffix, changedB);
        new MiddleSnake(keptA, keptB, changedA, changedB, context).compare();
        // GNU slides changes only within the region
        int tail = suffix;
        int[] ca = java.util.Arrays.copyOfRange(ea, prefix, n - tail);
        int[] cb = java.util.Arrays.copyOfRange(eb, prefix, m - tail);
        byte[] sa = java.util.Arrays.copyOfRange(changedA, prefix, n - tail + 2);
        byte[] sb = java.util.Arrays.copyOfRange(changedB, prefix, m - tail + 2);
        sa[0] = 0;
        sb[0] = 0;
        sa[sa.length - 1] = 0;
        sb[sb.length - 1] = 0;
        Boundaries.shift(ca, sa, sb);
        Boundaries.shift(cb, sb, sa);
        System.arraycopy(sa, 1, changedA, prefix + 1, ca.length);
        System.arraycopy(sb, 1, changedB, prefix + 1, cb.length);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (changedA[i + 1] != 0 || changedB[j + 1] != 0) {
                int a0 = i;
                int b0 = j;
                while (changedA[i + 1] != 0) {
                    i++;
                }
                while (changedB[j + 1] != 0) {
                    j++;
                }
                changes.add(new Change(a0, i, b0, j));
            }
            i++;
            j++;
        }
        return changes;
    }

    private static int[] classes(List<String> lines, Map<String, Integer> classes) {
        int[] out = new int[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes.computeIfAbsent(lines.get(i), k -> classes.size() + 1);
        }
        return out;
    }
}

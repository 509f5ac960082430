package dev.harness4j.tools.shell.files;

import dev.harness4j.tools.shell.CommandContext;
import java.util.ArrayList;
import java.util.List;

/** Myers' O(ND) difference of two line sequences, reduced to a list of changes (runs of deletions/insertions). */
final class LineDiff {
    /** Lines {@code a0..a1} of the first file replaced by lines {@code b0..b1} of the second (0-based, exclusive). */
    record Change(int a0, int a1, int b0, int b1) {
    }

    /** Past this much search state the middle is reported as one change (a valid, not minimal, diff). */
    private static final long MAX_TRACE_INTS = 32L << 20;

    private LineDiff() {
    }

    static List<Change> diff(List<String> a, List<String> b, CommandContext context) {
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && a.get(n - 1 - suffix).equals(b.get(m - 1 - suffix))) {
            suffix++;
        }
        boolean[] deleted = new boolean[n];
        boolean[] inserted = new boolean[m];
        myers(a.subList(prefix, n - suffix), b.subList(prefix, m - suffix), deleted, inserted, prefix, context);
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && !deleted[i] && !inserted[j]) {
                i++;
                j++;
                continue;
            }
            int a0 = i;
            int b0 = j;
            while (i < n && deleted[i]) {
                i++;
            }
            while (j < m && inserted[j]) {
                j++;
            }
            changes.add(new Change(a0, i, b0, j));
        }
        return changes;
    }

    private static void myers(List<String> a, List<String> b, boolean[] deleted, boolean[] inserted, int offset,
                              CommandContext context) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            context.checkCancelled();
            if ((long) trace.size() * v.length > MAX_TRACE_INTS) {
                java.util.Arrays.fill(deleted, offset, offset + n, true);
                java.util.Arrays.fill(inserted, offset, offset + m, true);
                return;
            }
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) {
                    x = v[max + k + 1];
                } else {
                    x = v[max + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && pv[max + k - 1] < pv[max + k + 1])) ? k + 1 : k - 1;
            int prevX = pv[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
            }
            if (x == prevX) {
                inserted[offset + prevY] = true;
            } else {
                deleted[offset + prevX] = true;
            }
            x = prevX;
            y = prevY;
        }
    }
}

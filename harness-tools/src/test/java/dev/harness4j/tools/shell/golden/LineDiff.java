package dev.harness4j.tools.shell.golden;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) for failure messages: {@code ' '} same, {@code '-'} / {@code '+'}. */
final class LineDiff {
    private static final int MAX_LINES = 2000;

    private LineDiff() {
    }

    /** Every line of both texts, marked; a missing final newline is shown as {@code \ no newline at end}. */
    static String unified(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return "(outputs too long to diff: " + a.size() + " and " + b.size() + " lines)\n";
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                sb.append("  ").append(a.get(i++)).append('\n');
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                sb.append("- ").append(a.get(i++)).append('\n');
            } else {
                sb.append("+ ").append(b.get(j++)).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                out.add(text.substring(start, k));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\\ no newline at end");
        }
        return out;
    }
}

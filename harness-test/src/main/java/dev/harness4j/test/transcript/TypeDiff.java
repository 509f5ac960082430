package dev.harness4j.test.transcript;

import java.util.List;

/** Renders type lists for failure messages: numbered, and side by side with the mismatches marked. */
final class TypeDiff {

    private TypeDiff() {
    }

    /** Expected and actual side by side, each differing row marked with {@code >}. */
    static String render(List<String> expected, List<String> actual) {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
            first++;
        }
        int width = "expected".length();
        for (String s : expected) {
            width = Math.max(width, s.length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("event types differ at index ").append(first).append(" (expected ").append(expected.size())
                .append(" events, got ").append(actual.size()).append(")\n");
        sb.append(String.format("     %3s  %-" + width + "s  %s%n", "#", "expected", "actual"));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            sb.append(String.format("  %s  %3d  %-" + width + "s  %s%n", e.equals(a) ? " " : ">", i, e, a));
        }
        return sb.toString();
    }

    /** The actual types, one per line with their index. */
    static String numbered(List<String> types) {
        StringBuilder sb = new StringBuilder("transcript (" + types.size() + " events):");
        for (int i = 0; i < types.size(); i++) {
            sb.append(String.format("%n  %3d  %s", i, types.get(i)));
        }
        return sb.toString();
    }
}

package dev.harness4j.tools.file;

import java.util.List;

/**
 * The {@code view_range} of {@code read}: {@code [start_line, end_line]}, 1-indexed and inclusive; an {@code end_line}
 * of 0 or less means "to the end of the file".
 */
record ViewRange(long start, long end) {
    private static final String SHAPE = "view_range must be [start_line, end_line] with integer line numbers";

    /** Parses the raw input value (a JSON array of two integers), or returns null when absent. */
    static ViewRange parse(Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list) || list.size() != 2) {
            throw new ToolFailure(SHAPE);
        }
        long start = integer(list.get(0));
        long end = integer(list.get(1));
        if (start < 1) {
            throw new ToolFailure("view_range start_line must be 1 or more (lines are 1-indexed), got " + start);
        }
        if (end > 0 && end < start) {
            throw new ToolFailure("view_range end_line " + end + " is before start_line " + start
                    + " (use 0 or -1 to read to the end of the file)");
        }
        return new ViewRange(start, end);
    }

    private static long integer(Object v) {
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && !Double.isInfinite(n.doubleValue())) {
            return n.longValue();
        }
        throw new ToolFailure(SHAPE);
    }

    /**
     * The selected lines of {@code text} joined with {@code \n}, as the reference does ({@code lines[start-1:end]}
     * over {@code text.split("\n")}). A start past the last line is refused with the file's line count.
     */
    String apply(String logical, String text) {
        String[] lines = text.split("\n", -1);
        int lineCount = text.isEmpty() ? 0 : text.endsWith("\n") ? lines.length - 1 : lines.length;
        if (start > Math.max(lineCount, 1)) {
            throw new ToolFailure("view_range start_line " + start + " is past the end of " + logical + " ("
                    + lineCount + (lineCount == 1 ? " line)" : " lines)"));
        }
        int from = (int) (start - 1);
        int to = end <= 0 ? lines.length : (int) Math.min(end, lines.length);
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }
}

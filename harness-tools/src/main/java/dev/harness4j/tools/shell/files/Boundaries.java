package dev.harness4j.tools.shell.files;

/**
 * GNU diff's {@code shift_boundaries}: slides each run of changed lines over equal neighbours so that runs merge,
 * end as late as possible, and line up with a run in the other file where one corresponds.
 */
final class Boundaries {
    private Boundaries() {
    }

    /** Shifts the runs of {@code changed} (slot = index + 1, sentinels at both ends) against {@code other}. */
    static void shift(int[] classes, byte[] changed, byte[] other) {
        int end = classes.length;
        int i = 0;
        int j = 0;
        while (true) {
            while (i < end && changed[i + 1] == 0) {
                while (other[1 + j++] != 0) {
                    continue;
                }
                i++;
            }
            if (i == end) {
                break;
            }
            int start = i;
            while (changed[1 + ++i] != 0) {
                continue;
            }
            while (other[1 + j] != 0) {
                j++;
            }
            int runLength;
            int corresponding;
            do {
                runLength = i - start;
                while (start != 0 && classes[start - 1] == classes[i - 1]) {
                    changed[1 + --start] = 1;
                    changed[1 + --i] = 0;
                    while (changed[1 + start - 1] != 0) {
                        start--;
                    }
                    while (other[1 + --j] != 0) {
                        continue;
                    }
                }
                corresponding = other[1 + j - 1] != 0 ? i : end;
                while (i != end && classes[start] == classes[i]) {
                    changed[1 + start++] = 0;
                    changed[1 + i++] = 1;
                    while (changed[1 + i] != 0) {
                        i++;
                    }
                    while (other[1 + ++j] != 0) {
                        corresponding = i;
                    }
                }
            } while (runLength != i - start);
            while (corresponding < i) {
                changed[1 + --start] = 1;
                changed[1 + --i] = 0;
                while (other[1 + --j] != 0) {
                    continue;
                }
            }
        }
    }
}

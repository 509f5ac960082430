package dev.harness4j.tools.shell.files;

/**
 * GNU diff's {@code discard_confusing_lines}: a line with no equal in the other file cannot be part of the common
 * subsequence and is marked changed up front; lines with very many equals are discarded only inside runs of such
 * lines. What remains is searched.
 */
final class Discards {
    /** The lines kept for the search: their classes and their indexes in the whole file. */
    record Kept(int[] classes, int[] index) {
    }

    private Discards() {
    }

    /** Marks discarded lines of {@code [from, to)} in {@code changed} (slot = index + 1) and returns the rest. */
    static Kept keep(int[] classes, int from, int to, int[] other, int otherFrom, int otherTo, byte[] changed) {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, classes[i]);
        }
        for (int i = otherFrom; i < otherTo; i++) {
            max = Math.max(max, other[i]);
        }
        int[] counts = new int[max + 1];
        for (int i = otherFrom; i < otherTo; i++) {
            counts[other[i]]++;
        }
        int end = to - from;
        byte[] discards = new byte[end];
        int many = 5;
        int tem = end / 64;
        while ((tem >>= 2) > 0) {
            many *= 2;
        }
        for (int i = 0; i < end; i++) {
            int nmatch = counts[classes[from + i]];
            if (nmatch == 0) {
                discards[i] = 1;
            } else if (nmatch > many) {
                discards[i] = 2;
            }
        }
        refine(discards);
        int kept = 0;
        for (byte d : discards) {
            if (d == 0) {
                kept++;
            }
        }
        int[] keptClasses = new int[kept];
        int[] index = new int[kept];
        int j = 0;
        for (int i = 0; i < end; i++) {
            if (discards[i] == 0) {
                keptClasses[j] = classes[from + i];
                index[j++] = from + i;
            } else {
                changed[from + i + 1] = 1;
            }
        }
        return new Kept(keptClasses, index);
    }

    /** Keeps provisional discards (2) only in the middle of runs of real ones (1), as GNU does. */
    private static void refine(byte[] discards) {
        int end = discards.length;
        for (int i = 0; i < end; i++) {
            if (discards[i] == 2) {
                discards[i] = 0;
            } else if (discards[i] != 0) {
                int j;
                int provisional = 0;
                for (j = i; j < end; j++) {
                    if (discards[j] == 0) {
                        break;
                    }
                    if (discards[j] == 2) {
                        ++provisional;
                    }
                }
                while (j > i && discards[j - 1] == 2) {
                    discards[--j] = 0;
                    --provisional;
                }
                int length = j - i;
                if (provisional * 4 > length) {
                    while (j > i) {
                        if (discards[--j] == 2) {
                            discards[j] = 0;
                        }
                    }
                } else {
                    int minimum = 1;
                    int tem = length >> 2;
                    while (0 < (tem >>= 2)) {
                        minimum <<= 1;
                    }
                    minimum++;
                    int consec = 0;
                    for (j = 0; j < length; j++) {
                        if (discards[i + j] != 2) {
                            consec = 0;
                        } else if (minimum == ++consec) {
                            j -= consec;
                        } else if (minimum < consec) {
                            discards[i + j] = 0;
                        }
                    }
                    consec = 0;
                    for (j = 0; j < length; j++) {
                        if (j >= 8 && discards[i + j] == 1) {
                            break;
                        }
                        if (discards[i + j] == 2) {
                            consec = 0;
                            discards[i + j] = 0;
                        } else if (discards[i + j] == 0) {
                            consec = 0;
                        } else {
                            consec++;
                        }
                        if (consec == 3) {
                            break;
                        }
                    }
                    i += length - 1;
                    consec = 0;
                    for (j = 0; j < length; j++) {
                        if (j >= 8 && discards[i - j] == 1) {
                            break;
                        }
                        if (discards[i - j] == 2) {
                            consec = 0;
                            discards[i - j] = 0;
                        } else if (discards[i - j] == 0) {
                            consec = 0;
                        } else {
                            consec++;
                        }
                        if (consec == 3) {
                            break;
                        }
                    }
                }
            }
        }
    }
}

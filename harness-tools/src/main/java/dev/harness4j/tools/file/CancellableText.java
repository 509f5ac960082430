package dev.harness4j.tools.file;

import java.util.function.BooleanSupplier;

/**
 * A line handed to the regex engine that checks for cancellation every few thousand character reads, so even a
 * pathological pattern on a 2,000-character line stops when the call is cancelled.
 */
final class CancellableText implements CharSequence {
    /** Thrown from {@link #charAt} once the call is cancelled. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final BooleanSupplier cancelled;
    private final int[] reads;

    CancellableText(String text, BooleanSupplier cancelled) {
        this(text, cancelled, new int[1]);
    }

    private CancellableText(String text, BooleanSupplier cancelled, int[] reads) {
        this.text = text;
        this.cancelled = cancelled;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] >= CHECK_EVERY) {
            reads[0] = 0;
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled, reads);
    }

    @Override
    public String toString() {
        return text;
    }
}

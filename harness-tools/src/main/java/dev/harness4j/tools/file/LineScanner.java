package dev.harness4j.tools.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file line by line for {@code grep} without ever holding more than a bounded line: bytes are split on
 * {@code \n}, a trailing {@code \r} is dropped, malformed UTF-8 becomes U+FFFD, and a line longer than
 * {@code maxChars} is reported as {@link #TOO_LONG} instead of its text.
 */
final class LineScanner {
    /** Returned for a line over the length limit; compared by identity. */
    static final String TOO_LONG = new String("<line too long>");
    /** The binary sniff: a NUL byte in this many leading bytes marks a file as binary. */
    static final int SNIFF_BYTES = 512;

    private final InputStream in;
    private final int maxChars;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line;
    private int lineLength;
    private boolean overflow;
    private boolean eof;

    /** Scans {@code in}; the caller closes it. */
    LineScanner(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        // Each char of a line takes at least one byte and a 3-byte cap per char covers U+FFFD runs, so a line with
        // more than 3 * maxChars bytes certainly has more than maxChars chars.
        this.line = new byte[Math.min(1024, 3 * maxChars + 1)];
    }

    /** True when the first {@value #SNIFF_BYTES} bytes contain a NUL; the bytes stay available to {@link #next}. */
    boolean looksBinary() throws IOException {
        while (limit < SNIFF_BYTES && fill()) {
            // keep filling until the sniff window is read or the file ends
        }
        for (int i = 0; i < Math.min(limit, SNIFF_BYTES); i++) {
            if (buffer[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The next line, {@link #TOO_LONG} for an over-long one, or null at the end of the input. */
    String next() throws IOException {
        lineLength = 0;
        overflow = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !refill()) {
                    return any ? finish() : null;
                }
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                return finish();
            }
            append(b);
        }
    }

    private String finish() {
        if (overflow) {
            return TOO_LONG;
        }
        int n = lineLength;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        String s = new String(line, 0, n, StandardCharsets.UTF_8);
        return s.length() > maxChars ? TOO_LONG : s;
    }

    private void append(byte b) {
        if (overflow) {
            return;
        }
        if (lineLength > 3 * maxChars) {
            overflow = true;
            return;
        }
        if (lineLength == line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(line.length * 2, 3 * maxChars + 2));
        }
        line[lineLength++] = b;
    }

    /** Discards consumed bytes and reads more; false at the end of the input. */
    private boolean refill() throws IOException {
        pos = 0;
        limit = 0;
        return fill();
    }

    /** Appends more input after {@code limit}; false at the end of the input. */
    private boolean fill() throws IOException {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}

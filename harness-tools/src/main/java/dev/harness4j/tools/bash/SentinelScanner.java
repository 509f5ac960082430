package dev.harness4j.tools.bash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a persistent shell's output stream into one command's output and its end marker: the line
 * {@code \n__h4j_done_<nonce>_<status>\n} that the wrapper prints after the command. Everything before the marker goes
 * to the sink unchanged (the newline the wrapper adds in front of the marker is removed); bytes that might start the
 * marker are held back until they are known not to. The nonce is fresh per call, so output that merely looks like a
 * marker (an old nonce, a guessed prefix) passes through as output.
 */
final class SentinelScanner {
    /** The fixed text in front of the nonce. */
    static final String PREFIX = "__h4j_done_";
    private static final int MAX_STATUS_DIGITS = 11;

    private final byte[] pattern;
    private final OutputStream sink;
    private final byte[] held;
    private int heldLength;
    private int statusDigits;
    private int status;
    private boolean done;

    SentinelScanner(String nonce, OutputStream sink) {
        this.pattern = ("\n" + PREFIX + nonce + "_").getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i < pattern.length; i++) {
            if (pattern[i] == '\n') {
                throw new IllegalArgumentException("the nonce must not contain a newline");
            }
        }
        this.sink = sink;
        this.held = new byte[pattern.length + MAX_STATUS_DIGITS];
    }

    /** The wrapper line that prints the marker with the status of the previous command. */
    static String markerCommand(String nonce) {
        return "printf '\\n" + PREFIX + nonce + "_%d\\n' $?";
    }

    /** Feeds output bytes; returns how many were consumed (all of them until the marker is complete). */
    int feed(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int runStart = off;
        int i = off;
        while (i < end && !done) {
            byte c = b[i];
            if (heldLength == 0) {
                if (c == '\n') {
                    flush(b, runStart, i);
                    held[heldLength++] = c;
                    runStart = i + 1;
                }
                i++;
                continue;
            }
            accept(c);
            i++;
            runStart = i;
        }
        if (heldLength == 0 && !done) {
            flush(b, runStart, end);
        }
        return i - off;
    }

    /** Consumes one byte while a possible marker is held. */
    private void accept(byte c) throws IOException {
        if (heldLength < pattern.length) {
            if (c == pattern[heldLength]) {
                held[heldLength++] = c;
                return;
            }
            release(c);
            return;
        }
        if (c >= '0' && c <= '9' && statusDigits < MAX_STATUS_DIGITS) {
            held[heldLength++] = c;
            status = status * 10 + (c - '0');
            statusDigits++;
            return;
        }
        if (c == '\n' && statusDigits > 0) {
            done = true;
            heldLength = 0;
            return;
        }
        release(c);
    }

    /** The held bytes were not a marker: pass them on, and start over at {@code c}. */
    private void release(byte c) throws IOException {
        sink.write(held, 0, heldLength);
        heldLength = 0;
        statusDigits = 0;
        status = 0;
        if (c == '\n') {
            held[heldLength++] = c;
        } else {
            sink.write(c);
        }
    }

    private void flush(byte[] b, int from, int to) throws IOException {
        if (to > from) {
            sink.write(b, from, to - from);
        }
    }

    /** The stream ended without a marker: whatever was held is output after all. */
    void endOfStream() throws IOException {
        if (!done && heldLength > 0) {
            sink.write(held, 0, heldLength);
            heldLength = 0;
        }
    }

    /** Whether the marker has been seen. */
    boolean done() {
        return done;
    }

    /** The status the marker carried; only meaningful once {@link #done()}. */
    int status() {
        return status;
    }
}

package dev.harness4j.tools.bash;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Drops ANSI escape sequences from a byte stream on the way through: CSI ({@code ESC [ ... final}), OSC
 * ({@code ESC ] ... BEL} or {@code ESC \}), and two-byte escapes. Works across write boundaries, holds nothing but
 * its state, and passes every other byte through unchanged.
 */
final class AnsiFilter extends OutputStream {
    private static final int ESC = 0x1b;
    private static final int BEL = 0x07;

    private enum State { TEXT, ESCAPE, CSI, OSC, OSC_ESCAPE }

    private final OutputStream out;
    private State state = State.TEXT;

    AnsiFilter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int runStart = off;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xff;
            if (state == State.TEXT) {
                if (c == ESC) {
                    flushRun(b, runStart, i);
                    state = State.ESCAPE;
                }
                continue;
            }
            state = next(state, c);
            if (state == State.TEXT) {
                runStart = i + 1;
            }
        }
        if (state == State.TEXT) {
            flushRun(b, runStart, end);
        }
    }

    private void flushRun(byte[] b, int from, int to) throws IOException {
        if (to > from) {
            out.write(b, from, to - from);
        }
    }

    /** The state after byte {@code c} inside an escape sequence. */
    private static State next(State state, int c) {
        switch (state) {
            case ESCAPE:
                if (c == '[') {
                    return State.CSI;
                }
                if (c == ']') {
                    return State.OSC;
                }
                return State.TEXT;
            case CSI:
                // parameter and intermediate bytes are 0x20-0x3f; a final byte 0x40-0x7e ends the sequence
                return c >= 0x40 && c <= 0x7e ? State.TEXT : State.CSI;
            case OSC:
                if (c == BEL) {
                    return State.TEXT;
                }
                return c == ESC ? State.OSC_ESCAPE : State.OSC;
            case OSC_ESCAPE:
                return c == '\\' ? State.TEXT : State.OSC;
            default:
                return State.TEXT;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}

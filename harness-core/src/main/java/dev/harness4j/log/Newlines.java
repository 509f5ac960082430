package dev.harness4j.log;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the line ends of a file without parsing it: reads large blocks and tests eight bytes at a time for
 * {@code '\n'} (a SWAR search), which makes indexing a 100,000-line file take milliseconds.
 */
final class Newlines {
    private static final int BLOCK = 256 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private Newlines() {
    }

    /** Adds the position just past every newline of {@code file} to {@code index}, in order. */
    static void scan(RandomAccessFile file, LineIndex index) throws IOException {
        byte[] block = new byte[BLOCK];
        long base = 0;
        int n;
        file.seek(0);
        while ((n = file.read(block)) > 0) {
            int i = 0;
            for (; i + Long.BYTES <= n; i += Long.BYTES) {
                long x = (long) LONGS.get(block, i) ^ NEWLINES; // a newline byte becomes zero
                long zeros = ~(((x & LOW7) + LOW7) | x | LOW7); // high bit set exactly in the zero bytes
                while (zeros != 0) {
                    index.add(base + i + (Long.numberOfTrailingZeros(zeros) >>> 3) + 1);
                    zeros &= zeros - 1;
                }
            }
            for (; i < n; i++) {
                if (block[i] == '\n') {
                    index.add(base + i + 1);
                }
            }
            base += n;
        }
    }
}

package dev.harness4j.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;

/** Time-ordered base62 ids: 8 characters of milliseconds then 16 random characters. */
final class RandomIdGenerator implements IdGenerator {
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private final Clock clock;
    private final SplittableRandom seed;

    RandomIdGenerator(Clock clock) {
        this.clock = clock;
        this.seed = new SplittableRandom(new SecureRandom().nextLong());
    }

    @Override
    public String next(String prefix) {
        long millis = clock.millis();
        long a;
        long b;
        synchronized (seed) {
            a = seed.nextLong();
            b = seed.nextLong();
        }
        char[] out = new char[prefix.length() + 1 + 24];
        prefix.getChars(0, prefix.length(), out, 0);
        int p = prefix.length();
        out[p++] = '_';
        for (int i = 7; i >= 0; i--) {
            out[p + i] = ALPHABET[(int) Long.remainderUnsigned(millis, 62)];
            millis = Long.divideUnsigned(millis, 62);
        }
        p += 8;
        for (int i = 0; i < 8; i++) {
            out[p++] = ALPHABET[(int) Long.remainderUnsigned(a, 62)];
            a = Long.divideUnsigned(a, 62);
            out[p++] = ALPHABET[(int) Long.remainderUnsigned(b, 62)];
            b = Long.divideUnsigned(b, 62);
        }
        return new String(out);
    }
}

package dev.harness4j.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Active time is the union of running intervals: overlapping threads count once, idle gaps not at all. */
class ActiveTimeTest {
    private static final Instant T0 = Instant.parse("2026-04-08T12:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void overlappingThreadsCountOnceAndOpenIntervalsCountUpToNow() {
        ActiveTime a = new ActiveTime();
        a.start("primary", at(0));
        a.start("worker", at(5));
        a.stop("primary", at(10));
        a.stop("worker", at(15));
        assertEquals(Duration.ofSeconds(15), a.total(at(100)));
        a.start("primary", at(20));
        assertEquals(Duration.ofSeconds(20), a.total(at(25)), "the open interval counts up to now");
        a.stop("worker", at(30)); // not running: ignored
        a.stop("primary", at(30));
        assertEquals(Duration.ofSeconds(25), a.total(at(100)));
        a.start("primary", at(30));
        assertEquals(Duration.ofSeconds(25), a.total(at(30)));
    }

    @Test
    void theTotalEqualsTheSecondsCoveredByAnyInterval() {
        qt().withFixedSeed(11L).withExamples(500).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            ActiveTime a = new ActiveTime();
            boolean[] covered = new boolean[200];
            List<long[]> intervals = new ArrayList<>();
            for (int i = r.nextInt(12); i > 0; i--) {
                long from = r.nextInt(190);
                long to = from + 1 + r.nextInt(200 - (int) from - 1 + 1);
                intervals.add(new long[] {from, Math.min(to, 200)});
            }
            // Threads running at the same time: each interval is a thread, added in random order of closing.
            java.util.Collections.shuffle(intervals, r);
            for (int i = 0; i < intervals.size(); i++) {
                long[] iv = intervals.get(i);
                a.start("t" + i, at(iv[0]));
                a.stop("t" + i, at(iv[1]));
                for (long s = iv[0]; s < iv[1]; s++) {
                    covered[(int) s] = true;
                }
            }
            long open = r.nextInt(200);
            a.start("open", at(open));
            long now = 200;
            for (long s = open; s < now; s++) {
                covered[(int) s] = true;
            }
            long expected = 0;
            for (boolean c : covered) {
                expected += c ? 1 : 0;
            }
            assertEquals(Duration.ofSeconds(expected), a.total(at(now)), intervals.toString());
        });
    }
}

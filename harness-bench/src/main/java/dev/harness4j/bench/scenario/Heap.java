package dev.harness4j.bench.scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after full collections: collects until two readings in a row agree within 1%. */
final class Heap {
    private Heap() {
    }

    static long settledUsed() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(100);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - previous) <= previous / 100) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }
}

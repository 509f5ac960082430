package dev.harness4j.bench;

/**
 * How long and how big the suite runs. {@code DEFAULT} is designed to finish within 10 minutes on 2 cores;
 * {@code FULL} is for publication; {@code SMOKE} only checks that every row is produced.
 */
enum Profile {
    SMOKE(1, 1, 500, 1, 500, 20, 100, 3),
    DEFAULT(1, 2, 1000, 3, 1000, 100, 1000, 5),
    FULL(2, 5, 2000, 10, 2000, 1000, 1000, 11);

    final int forks;
    final int warmupIterations;
    final int warmupMillis;
    final int measurementIterations;
    final int measurementMillis;
    /** Sessions of the concurrency run on the default executor (a fixed pool: 1,000 x 10 x 50 ms / 2 threads = 250 s). */
    final int defaultExecutorSessions;
    /** Sessions of the concurrency run on virtual threads. */
    final int virtualSessions;
    /** Reopen rounds of the wake scenario. */
    final int wakeRounds;

    Profile(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
            int defaultExecutorSessions, int virtualSessions, int wakeRounds) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.defaultExecutorSessions = defaultExecutorSessions;
        this.virtualSessions = virtualSessions;
        this.wakeRounds = wakeRounds;
    }

    String describe() {
        return name().toLowerCase(java.util.Locale.ROOT) + ": " + forks + " fork(s), warm-up " + warmupIterations + " × "
                + warmupMillis + " ms, measurement " + measurementIterations + " × " + measurementMillis + " ms";
    }
}

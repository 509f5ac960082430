package dev.harness4j.bench.micro;

import dev.harness4j.bench.fake.SessionHistory;
import dev.harness4j.bench.turn.WorkDir;
import dev.harness4j.event.Event;
import dev.harness4j.log.EventLog;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.log.FsyncPolicy;
import dev.harness4j.log.InMemoryEventLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Append throughput, one event (a 200-byte tool result) per append, in events per second: in memory; a file with
 * group commit and 8 threads appending to one session (group commit shares an fsync among the appenders of one
 * session file, so it needs concurrent appenders to show); a file fsynced after every append, one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LogAppend {
    private static final int POOL = 1024;

    /** Per-benchmark log and a pool of events to append. */
    @State(Scope.Benchmark)
    public abstract static class Logs {
        EventLog log;
        Path dir;
        List<Event> events;
        final AtomicInteger cursor = new AtomicInteger();

        abstract EventLog open(Path dir);

        /** Opens the log. */
        @Setup(Level.Iteration)
        public void open() throws IOException {
            dir = Files.createTempDirectory(WorkDir.get(), "log-append-");
            log = open(dir);
            SessionHistory history = new SessionHistory(Clock.systemUTC());
            events = new java.util.ArrayList<>(POOL);
            for (int i = 0; i < POOL; i++) {
                events.add(history.toolResult());
            }
        }

        List<Event> next() {
            return List.of(events.get(cursor.getAndIncrement() & (POOL - 1)));
        }

        /** Closes and removes the log. */
        @TearDown(Level.Iteration)
        public void close() {
            log.close();
            WorkDir.delete(dir);
        }
    }

    /** The in-memory log. */
    public static class Memory extends Logs {
        @Override
        EventLog open(Path dir) {
            return new InMemoryEventLog();
        }
    }

    /** A file log with group commit. */
    public static class Group extends Logs {
        @Override
        EventLog open(Path dir) {
            return FileEventLog.open(dir, FsyncPolicy.GROUP);
        }
    }

    /** A file log with an fsync per append. */
    public static class EveryAppend extends Logs {
        @Override
        EventLog open(Path dir) {
            return FileEventLog.open(dir, FsyncPolicy.EVERY_APPEND);
        }
    }

    /** In memory, one thread. */
    @Benchmark
    @Threads(1)
    public long memory(Memory s) {
        return s.log.append("sesn_bench", s.next());
    }

    /** File, group commit, 8 threads on one session. */
    @Benchmark
    @Threads(8)
    public long fileGroupCommit(Group s) {
        return s.log.append("sesn_bench", s.next());
    }

    /** File, fsync per append, one thread. */
    @Benchmark
    @Threads(1)
    public long fileFsyncEach(EveryAppend s) {
        return s.log.append("sesn_bench", s.next());
    }
}

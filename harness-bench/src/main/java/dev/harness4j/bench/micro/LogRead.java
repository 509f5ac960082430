package dev.harness4j.bench.micro;

import dev.harness4j.bench.fake.SessionHistory;
import dev.harness4j.bench.turn.WorkDir;
import dev.harness4j.event.Event;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.log.FsyncPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Reading a 100,000-event session file from offset 0 to the end, in pages of 1,024 events (decoded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LogRead {
    /** Events in the session. */
    public static final int EVENTS = 100_000;
    static final String SESSION = "sesn_read";

    private Path dir;
    private FileEventLog log;

    /** Writes the session (1,000 exchanges of 100 events) once. */
    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory(WorkDir.get(), "log-read-");
        SessionHistory history = new SessionHistory(Clock.systemUTC());
        try (FileEventLog w = FileEventLog.open(dir, FsyncPolicy.NONE)) {
            for (int i = 0; i < EVENTS / 100; i++) {
                w.append(SESSION, history.exchange(100));
            }
        }
        log = FileEventLog.open(dir);
    }

    /** Reads every event. */
    @Benchmark
    public long readAll(Blackhole bh) {
        long size = log.size(SESSION);
        long n = 0;
        for (long from = 0; from < size; ) {
            List<Event> page = log.read(SESSION, from, 1024);
            bh.consume(page);
            from += page.size();
            n += page.size();
        }
        return n;
    }

    /** Removes the file. */
    @TearDown(Level.Trial)
    public void close() {
        log.close();
        WorkDir.delete(dir);
    }
}

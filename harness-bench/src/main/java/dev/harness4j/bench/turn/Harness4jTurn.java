package dev.harness4j.bench.turn;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.fake.Workload;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.log.FileEventLog;
import dev.harness4j.session.Session;
import dev.harness4j.session.SessionLimits;
import dev.harness4j.usage.UsageLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * harness4j: one exchange (user message, {@code n} read tool calls on the 2 KB file in an in-memory workspace, final
 * answer) in a fresh session; the log is in memory or a JSON-lines file with group commit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Harness4jTurn {
    /** Tool calls per exchange. */
    @Param({"10", "1000"})
    public int n;

    /** Where the event log lives: {@code memory} or {@code file} (group commit, under the bench's work directory). */
    @Param({"memory", "file"})
    public String log;

    private FakeChatModel model;
    private Harness harness;
    private Agent agent;
    private Environment environment;
    private Session session;
    private Path dir;

    /** A fresh harness per iteration, so the sessions of one iteration are dropped before the next. */
    @Setup(Level.Iteration)
    public void harness() throws IOException {
        model = new FakeChatModel(n);
        Harness.HarnessBuilder b = Harness.builder().models(ModelResolver.always(model))
                .limits(new SessionLimits(n + 10))
                // the workload repeats one identical read on purpose: raise the stuck-loop guard like the peers' limits
                .usageLimits(UsageLimits.DEFAULTS.withMaxRepeatedToolCalls(n + 10));
        if (log.equals("file")) {
            dir = Files.createTempDirectory(WorkDir.get(), "h4j-turn-");
            b.eventLog(FileEventLog.open(dir));
        }
        harness = b.build();
        agent = H4j.agent(harness);
        environment = H4j.workloadEnvironment(harness);
    }

    /** A fresh session per exchange. */
    @Setup(Level.Invocation)
    public void session() {
        model.reset();
        session = harness.sessions().create(agent, environment);
    }

    /** Fails the run unless the exchange played the whole script. */
    @TearDown(Level.Invocation)
    public void verify() {
        model.verifyCompleted();
    }

    /** One exchange; returns the number of events streamed. */
    @Benchmark
    public int exchange() throws InterruptedException {
        return H4j.exchange(session, Workload.QUESTION);
    }

    /** Drops the session's log so an iteration holds at most the sessions' small state. */
    @TearDown(Level.Invocation)
    public void dropLog() {
        harness.eventLog().delete(session.id());
    }

    /** Closes the harness and removes the log directory. */
    @TearDown(Level.Iteration)
    public void close() {
        harness.close();
        if (dir != null) {
            WorkDir.delete(dir);
            dir = null;
        }
    }
}

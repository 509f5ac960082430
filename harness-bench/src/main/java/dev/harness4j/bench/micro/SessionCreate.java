package dev.harness4j.bench.micro;

import dev.harness4j.Harness;
import dev.harness4j.agent.Agent;
import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.turn.H4j;
import dev.harness4j.brain.ModelResolver;
import dev.harness4j.environment.Environment;
import dev.harness4j.environment.EnvironmentSpec;
import dev.harness4j.session.Session;
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

/** Creating a session on an in-memory environment with 10 seed files of 1 KB (the workspace is provisioned eagerly). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionCreate {
    private Harness harness;
    private Agent agent;
    private Environment environment;

    /** A fresh harness per iteration, so the sessions of one iteration are dropped before the next. */
    @Setup(Level.Iteration)
    public void harness() {
        harness = Harness.builder().models(ModelResolver.always(new FakeChatModel(0))).build();
        agent = H4j.agent(harness);
        EnvironmentSpec.Builder env = EnvironmentSpec.builder().name("ten-seeds");
        for (int i = 0; i < 10; i++) {
            env.seedFile("src/file" + i + ".txt", ("line " + i + " of a one-kilobyte seed file\n").repeat(40).substring(0, 1024));
        }
        environment = harness.environments().create(env.build());
    }

    /** One session. */
    @Benchmark
    public Session create() {
        return harness.sessions().create(agent, environment);
    }

    /** Closes the harness and its sessions' workspaces. */
    @TearDown(Level.Iteration)
    public void close() {
        harness.close();
    }
}

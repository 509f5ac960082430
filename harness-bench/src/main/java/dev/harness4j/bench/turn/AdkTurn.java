package dev.harness4j.bench.turn;

import com.google.adk.agents.LlmAgent;
import com.google.adk.agents.RunConfig;
import com.google.adk.runner.InMemoryRunner;
import com.google.adk.sessions.Session;
import com.google.adk.tools.Annotations.Schema;
import com.google.adk.tools.FunctionTool;
import com.google.genai.types.Content;
import com.google.genai.types.Part;
import dev.harness4j.bench.fake.FakeAdkLlm;
import dev.harness4j.bench.fake.Workload;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * ADK-java 1.8.0 as its quickstart shows it: an {@link LlmAgent} with a {@link FunctionTool}, run by an
 * {@link InMemoryRunner}; one exchange is {@code runner.runAsync(user, session, message, config)} drained to the end,
 * in a fresh session. ADK has no workspace, so the tool returns the 2 KB text from memory. The only setting changed is
 * {@code maxLlmCalls} (default 500), raised so that 1,000 tool calls fit in one exchange.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdkTurn {
    private static final String APP = "bench";
    private static final String USER = "user";

    /** Tool calls per exchange. */
    @Param({"10", "1000"})
    public int n;

    private FakeAdkLlm model;
    private InMemoryRunner runner;
    private RunConfig config;
    private Content message;
    private String sessionId;

    /** The ADK function tool: reads the 2 KB "file" (from memory). */
    public static final class ReadTool {
        /** Returns the file's content. */
        public static Map<String, Object> read(
                @Schema(name = "file_path", description = "absolute path of the file to read") String filePath) {
            return Map.of("content", Workload.CONTENT);
        }
    }

    /** Builds the agent and runner. */
    @Setup(Level.Trial)
    public void runner() {
        model = new FakeAdkLlm(n);
        LlmAgent agent = LlmAgent.builder().name("bench_agent").description("benchmark agent")
                .instruction("You are a benchmark agent.").model(model)
                .tools(FunctionTool.create(ReadTool.class, "read")).build();
        runner = new InMemoryRunner(agent, APP);
        config = RunConfig.builder().maxLlmCalls(n + 10).build();
        message = Content.fromParts(Part.fromText(Workload.QUESTION));
    }

    /** A fresh session per exchange. */
    @Setup(Level.Invocation)
    public void session() {
        model.reset();
        Session s = runner.sessionService().createSession(APP, USER).blockingGet();
        sessionId = s.id();
    }

    /** One exchange, every event consumed. */
    @Benchmark
    public void exchange(Blackhole bh) {
        runner.runAsync(USER, sessionId, message, config).blockingForEach(bh::consume);
    }

    /** Deletes the session. */
    @TearDown(Level.Invocation)
    public void drop() {
        model.verifyCompleted();
        runner.sessionService().deleteSession(APP, USER, sessionId).blockingAwait();
    }
}

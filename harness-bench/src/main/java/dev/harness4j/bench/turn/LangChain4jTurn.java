package dev.harness4j.bench.turn;

import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.fake.Workload;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.memory.ChatMemoryAccess;
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
 * LangChain4j 1.18 {@code AiServices} as its documentation shows it: an interface, a class with an {@code @Tool}
 * method, and a chat memory per memory id (a {@link MessageWindowChatMemory} large enough to keep every message, so
 * a 1,000-call exchange keeps its whole history as harness4j does). One exchange is one {@code chat()} call with a
 * fresh memory id. The tool returns the 2 KB text from memory (AiServices has no workspace). The only setting changed
 * is {@code maxToolCallingRoundTrips} (default 100), raised so 1,000 tool calls fit in one exchange.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LangChain4jTurn {
    /** Tool calls per exchange. */
    @Param({"10", "1000"})
    public int n;

    private FakeChatModel model;
    private Assistant assistant;
    private long memoryId;

    /** The AI service. */
    public interface Assistant extends ChatMemoryAccess {
        /** One exchange. */
        String chat(@MemoryId long memoryId, @UserMessage String message);
    }

    /** The tool class. */
    public static final class Tools {
        /** Returns the file's content. */
        @Tool("Reads a file")
        public String read(@P(name = "file_path", value = "absolute path of the file to read") String filePath) {
            return Workload.CONTENT;
        }
    }

    /** Builds the service. */
    @Setup(Level.Trial)
    public void service() {
        model = new FakeChatModel(n);
        int keepAll = 2 * n + 10;
        assistant = AiServices.builder(Assistant.class).chatModel(model).tools(new Tools())
                .systemMessageProvider(id -> "You are a benchmark agent.")
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder().id(id).maxMessages(keepAll).build())
                .maxToolCallingRoundTrips(n + 10).build();
    }

    /** A fresh memory id per exchange. */
    @Setup(Level.Invocation)
    public void session() {
        model.reset();
        memoryId++;
    }

    /** One exchange. */
    @Benchmark
    public String exchange() {
        return assistant.chat(memoryId, Workload.QUESTION);
    }

    /** Drops the exchange's memory. */
    @TearDown(Level.Invocation)
    public void drop() {
        model.verifyCompleted();
        assistant.evictChatMemory(memoryId);
    }
}

package dev.harness4j.session;

import dev.harness4j.agent.AgentToolset;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.hands.ToolsetProvider;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built-in toolset replaced by test tools: {@code read} and {@code write} answer at once and count their calls;
 * {@code bash} blocks until its call is cancelled (or the test releases it), so tests can interrupt a running tool.
 */
final class ControlTools implements ToolsetProvider {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final CountDownLatch blockStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger cancelled = new AtomicInteger();

    int calls(String tool) {
        return calls.computeIfAbsent(tool, k -> new AtomicInteger()).get();
    }

    @Override
    public String type() {
        return AgentToolset.TYPE;
    }

    @Override
    public List<Tool> tools() {
        return List.of(tool("read"), tool("write"), tool("bash"));
    }

    private Tool tool(String name) {
        return new Tool() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ToolSpecification specification() {
                return ToolSpecification.builder().name(name).description("a test " + name)
                        .parameters(JsonObjectSchema.builder().addStringProperty("file_path").build()).build();
            }

            @Override
            public ToolResult execute(ToolCall call, ToolContext context) {
                calls.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                if (!name.equals("bash")) {
                    return ToolResult.ok(name + " " + call.string("file_path"));
                }
                CountDownLatch stop = new CountDownLatch(1);
                try (AutoCloseable handle = context.onCancel(stop::countDown)) {
                    blockStarted.countDown();
                    Thread waiter = new Thread(() -> {
                        try {
                            release.await();
                            stop.countDown();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    waiter.setDaemon(true);
                    waiter.start();
                    if (!stop.await(30, TimeUnit.SECONDS)) {
                        return ToolResult.error("bash: never cancelled");
                    }
                    if (context.cancelled()) {
                        cancelled.incrementAndGet();
                        return ToolResult.error("bash: cancelled");
                    }
                    return ToolResult.ok("bash: released");
                } catch (Exception e) {
                    return ToolResult.error("bash: " + e);
                }
            }
        };
    }
}

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
import java.util.concurrent.atomic.AtomicInteger;

/** A toolset whose tools (by default just {@code read}) answer from a fixed text and count their calls. */
final class FakeReadToolset implements ToolsetProvider {
    final AtomicInteger calls = new AtomicInteger();
    private final List<String> names;

    FakeReadToolset(String... names) {
        this.names = names.length == 0 ? List.of("read") : List.of(names);
    }

    @Override
    public String type() {
        return AgentToolset.TYPE;
    }

    @Override
    public List<Tool> tools() {
        return names.stream().map(this::tool).toList();
    }

    private Tool tool(String toolName) {
        return new Tool() {
            @Override
            public String name() {
                return toolName;
            }

            @Override
            public ToolSpecification specification() {
                return ToolSpecification.builder().name(toolName).description("a fake " + toolName)
                        .parameters(JsonObjectSchema.builder().addStringProperty("file_path").required("file_path").build())
                        .build();
            }

            @Override
            public ToolResult execute(ToolCall call, ToolContext context) {
                calls.incrementAndGet();
                return ToolResult.ok("contents of " + call.requiredString("file_path"));
            }
        };
    }
}

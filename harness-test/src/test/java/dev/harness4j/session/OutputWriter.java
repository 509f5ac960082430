package dev.harness4j.session;

import dev.harness4j.agent.AgentToolset;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.workspace.Intent;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in toolset replaced by one {@code write} tool that writes a file into the session's workspace. */
final class OutputWriter implements ToolsetProvider {

    @Override
    public String type() {
        return AgentToolset.TYPE;
    }

    @Override
    public List<Tool> tools() {
        return List.of(new Tool() {
            @Override
            public String name() {
                return "write";
            }

            @Override
            public ToolSpecification specification() {
                return ToolSpecification.builder().name("write").description("writes a file")
                        .parameters(JsonObjectSchema.builder().addStringProperty("file_path")
                                .addStringProperty("content").required("file_path", "content").build()).build();
            }

            @Override
            public ToolResult execute(ToolCall call, ToolContext context) {
                Path real = context.workspace().resolve(call.requiredString("file_path"), Intent.WRITE).real();
                try {
                    Files.createDirectories(real.getParent());
                    Files.writeString(real, call.requiredString("content"), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return ToolResult.error("write failed: " + e.getMessage());
                }
                return ToolResult.ok("written");
            }
        });
    }
}

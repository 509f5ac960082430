package dev.harness4j.hands;

import dev.harness4j.agent.CustomTool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a custom tool definition into the specification the model sees. */
final class CustomTools {
    private static final Logger log = LoggerFactory.getLogger(CustomTools.class);

    private CustomTools() {
    }

    static ToolSpecification specification(CustomTool tool) {
        ToolSpecification.Builder b = ToolSpecification.builder().name(tool.name());
        if (tool.description() != null) {
            b.description(tool.description());
        }
        JsonObjectSchema parameters;
        try {
            JsonSchemaElement element = JsonSchemaElementJsonUtils.fromMap(tool.inputSchema());
            parameters = element instanceof JsonObjectSchema o ? o : JsonObjectSchema.builder().build();
        } catch (RuntimeException e) {
            log.warn("custom tool {}: its input_schema could not be converted; the model sees an open object schema",
                    tool.name(), e);
            parameters = JsonObjectSchema.builder().build();
        }
        return b.parameters(parameters).build();
    }
}

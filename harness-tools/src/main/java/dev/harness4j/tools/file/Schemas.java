package dev.harness4j.tools.file;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/** Small helpers to build the tools' specifications. */
final class Schemas {
    private Schemas() {
    }

    /** A specification with the given name, description and input schema. */
    static ToolSpecification spec(String name, String description, JsonObjectSchema parameters) {
        return ToolSpecification.builder().name(name).description(description).parameters(parameters).build();
    }
}

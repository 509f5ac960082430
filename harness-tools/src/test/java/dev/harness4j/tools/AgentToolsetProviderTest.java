package dev.harness4j.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.hands.ToolsetProvider;
import dev.harness4j.tools.bash.BashTool;
import dev.harness4j.tools.web.SearchHit;
import dev.harness4j.tools.web.WebSearchTool;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentToolsetProviderTest {

    private static Tool tool(String name) {
        return new AgentToolsetProvider().tools().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        List<ToolsetProvider> found = ServiceLoader.load(ToolsetProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals("agent_toolset_20260401"))
                .collect(Collectors.toList());
        assertEquals(1, found.size());
        assertInstanceOf(AgentToolsetProvider.class, found.get(0));
    }

    @Test
    void toolsetHasTheEightReferenceToolsWithMatchingSpecificationNames() {
        List<Tool> tools = new AgentToolsetProvider().tools();
        assertEquals(List.of("bash", "read", "write", "edit", "glob", "grep", "web_fetch", "web_search"),
                tools.stream().map(Tool::name).collect(Collectors.toList()));
        for (Tool t : tools) {
            assertEquals(t.name(), t.specification().name());
            assertTrue(t.specification().description().length() > 40, t.name());
        }
    }

    @Test
    void inputSchemasMatchTheReference() {
        JsonObjectSchema bash = tool("bash").specification().parameters();
        assertEquals(List.of("command", "restart", "timeout_ms"), List.copyOf(bash.properties().keySet()));
        assertInstanceOf(JsonStringSchema.class, bash.properties().get("command"));
        assertInstanceOf(JsonBooleanSchema.class, bash.properties().get("restart"));
        assertInstanceOf(JsonIntegerSchema.class, bash.properties().get("timeout_ms"));
        assertTrue(bash.required() == null || bash.required().isEmpty());

        JsonObjectSchema read = tool("read").specification().parameters();
        assertEquals(List.of("file_path", "view_range"), List.copyOf(read.properties().keySet()));
        assertInstanceOf(JsonIntegerSchema.class,
                ((JsonArraySchema) read.properties().get("view_range")).items());
        assertEquals(List.of("file_path"), read.required());

        assertSchema("write", List.of("file_path", "content"), List.of("file_path", "content"));
        assertSchema("edit", List.of("file_path", "old_string", "new_string", "replace_all"),
                List.of("file_path", "old_string", "new_string"));
        assertInstanceOf(JsonBooleanSchema.class,
                tool("edit").specification().parameters().properties().get("replace_all"));
        assertSchema("glob", List.of("pattern", "path"), List.of("pattern"));
        assertSchema("grep", List.of("pattern", "path"), List.of("pattern"));
        assertSchema("web_fetch", List.of("url"), List.of("url"));
        assertSchema("web_search", List.of("query"), List.of("query"));
    }

    private static void assertSchema(String name, List<String> properties, List<String> required) {
        JsonObjectSchema schema = tool(name).specification().parameters();
        assertEquals(properties, List.copyOf(schema.properties().keySet()), name);
        assertEquals(required, schema.required(), name);
    }

    @Test
    void webToolsAreRealByDefaultAndConfigurable() {
        try (Workspace workspace = Workspaces.inMemory(InMemoryOptions.defaults())) {
            ToolContext context = StandaloneToolContext.of(workspace);
            ToolResult fetch = tool("web_fetch").execute(
                    new ToolCall("toolu_1", "web_fetch", Map.of("url", "https://example.com")), context);
            assertTrue(fetch.isError());
            assertTrue(fetch.text().contains("allows no network access"), fetch.text());
            ToolResult search = tool("web_search").execute(
                    new ToolCall("toolu_2", "web_search", Map.of("query", "harness4j")), context);
            assertTrue(search.isError());
            assertTrue(search.text().contains("no web search provider is configured"), search.text());

            AgentToolsetProvider configured = AgentToolsetProvider.builder().webSearch(new WebSearchTool((query, limit) -> List.of(new SearchHit("Harness", "https://h.example", "x")))).build();
            Tool configuredSearch = configured.tools().stream().filter(t -> t.name().equals("web_search"))
                    .findFirst().orElseThrow();
            ToolResult hit = configuredSearch.execute(
                    new ToolCall("toolu_3", "web_search", Map.of("query", "harness4j")), context);
            assertFalse(hit.isError(), hit.text());
            assertTrue(hit.text().contains("https://h.example"), hit.text());
        }
    }

    @Test
    void bashIsTheRealToolAndTheBuilderSetsItsOptions() {
        assertInstanceOf(BashTool.class, tool("bash"));
        AgentToolsetProvider custom = AgentToolsetProvider.builder().unconfinedHostShell(true)
                .bashMaxOutputBytes(4096).build();
        assertEquals(TYPE_NAMES, custom.tools().stream().map(Tool::name).collect(Collectors.toList()));
        assertInstanceOf(BashTool.class, custom.tools().get(0));
        assertThrows(IllegalArgumentException.class, () -> AgentToolsetProvider.builder().bashMaxOutputBytes(0));
        try (Workspace workspace = Workspaces.inMemory(InMemoryOptions.defaults());
             StandaloneToolContext context = StandaloneToolContext.of(workspace)) {
            ToolResult restart = tool("bash").execute(new ToolCall("toolu_2", "bash", Map.of("restart", true)),
                    context);
            assertEquals(ToolResult.ok("shell restarted"), restart);
        }
    }

    private static final List<String> TYPE_NAMES =
            List.of("bash", "read", "write", "edit", "glob", "grep", "web_fetch", "web_search");
}

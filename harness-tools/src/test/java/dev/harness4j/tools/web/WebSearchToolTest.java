package dev.harness4j.tools.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSearchToolTest {

    private static ToolResult search(WebSearchTool tool, Map<String, Object> input) {
        try (Workspace workspace = Workspaces.inMemory(InMemoryOptions.defaults());
             StandaloneToolContext context = StandaloneToolContext.of(workspace)) {
            return tool.execute(new ToolCall("toolu_1", "web_search", input), context);
        }
    }

    @Test
    void withoutAProviderSaysHowToConfigureOne() {
        ToolResult r = search(new WebSearchTool(), Map.of("query", "jimfs"));
        assertTrue(r.isError());
        assertTrue(r.text().startsWith("web_search: no web search provider is configured"), r.text());
        assertTrue(r.text().contains("META-INF/services/dev.harness4j.tools.web.WebSearchProvider"), r.text());
        assertTrue(r.text().contains("new WebSearchTool(provider)"), r.text());
        assertFalse(new WebSearchTool().hasProvider());
        assertFalse(WebSearchTool.fromServiceLoader().hasProvider());
    }

    @Test
    void formatsTheProvidersHitsAndPassesTheLimit() {
        List<String> calls = new ArrayList<>();
        WebSearchProvider provider = (query, limit) -> {
            calls.add(query + "/" + limit);
            return List.of(new SearchHit("Jimfs", "https://github.com/google/jimfs", "An in-memory\n file system"),
                    new SearchHit("Docs", "https://example.com/jimfs", null));
        };
        ToolResult r = search(new WebSearchTool(provider, 3), Map.of("query", "  jimfs  "));
        assertFalse(r.isError(), r.text());
        assertEquals(List.of("jimfs/3"), calls);
        assertEquals("""
                results for "jimfs":

                1. Jimfs
                   https://github.com/google/jimfs
                   An in-memory file system

                2. Docs
                   https://example.com/jimfs
                """, r.text());
    }

    @Test
    void noHitsEmptyQueryAndProviderFailuresAreReported() {
        assertEquals("no results for \"x\"", search(new WebSearchTool((q, l) -> List.of()), Map.of("query", "x"))
                .text());
        ToolResult empty = search(new WebSearchTool((q, l) -> List.of()), Map.of("query", "  "));
        assertTrue(empty.isError());
        assertEquals("web_search: query is empty", empty.text());
        WebSearchProvider failing = new WebSearchProvider() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public List<SearchHit> search(String query, int limit) throws IOException {
                throw new IOException("HTTP 503 from the search API");
            }
        };
        ToolResult failed = search(new WebSearchTool(failing), Map.of("query", "x"));
        assertTrue(failed.isError());
        assertEquals("web_search: the search provider flaky failed: HTTP 503 from the search API", failed.text());
        ToolResult missing = search(new WebSearchTool(failing), Map.of());
        assertEquals("web_search: query is required", missing.text());
    }
}

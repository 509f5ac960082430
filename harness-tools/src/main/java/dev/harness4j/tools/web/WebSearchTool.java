package dev.harness4j.tools.web;

import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolInputException;
import dev.harness4j.hands.ToolResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code web_search} tool, input {@code {query}}: asks the configured {@link WebSearchProvider} and returns the hits
 * as a numbered list of title, URL and snippet. Without a provider every call is an error result saying how to add
 * one.
 */
public final class WebSearchTool implements Tool {
    /** Hits returned per call. */
    public static final int DEFAULT_LIMIT = 10;
    /** Longest query accepted, in characters. */
    static final int MAX_QUERY_LENGTH = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(WebSearchTool.class);
    private static final ToolSpecification SPECIFICATION = ToolSpecification.builder()
            .name("web_search")
            .description("Search the web and return the top results, each with its title, URL and a snippet. Use "
                    + "web_fetch to read a result's page.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("query", "The search query")
                    .required("query")
                    .build())
            .build();

    private final WebSearchProvider provider;
    private final int limit;

    /** A tool without a provider: every call answers that none is configured. */
    public WebSearchTool() {
        this.provider = null;
        this.limit = DEFAULT_LIMIT;
    }

    /** A tool over this provider returning at most {@value #DEFAULT_LIMIT} hits per call. */
    public WebSearchTool(WebSearchProvider provider) {
        this(provider, DEFAULT_LIMIT);
    }

    /** A tool over this provider returning at most {@code limit} hits per call. */
    public WebSearchTool(WebSearchProvider provider, int limit) {
        this.provider = java.util.Objects.requireNonNull(provider, "provider");
        if (limit < 1) {
            throw new IllegalArgumentException("web_search limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /** A tool over the first {@link WebSearchProvider} found through {@link ServiceLoader}, or without one. */
    public static WebSearchTool fromServiceLoader() {
        Iterator<WebSearchProvider> found = ServiceLoader.load(WebSearchProvider.class,
                WebSearchTool.class.getClassLoader()).iterator();
        return found.hasNext() ? new WebSearchTool(found.next()) : new WebSearchTool();
    }

    /** Whether a provider is configured. */
    public boolean hasProvider() {
        return provider != null;
    }

    @Override
    public String name() {
        return SPECIFICATION.name();
    }

    @Override
    public ToolSpecification specification() {
        return SPECIFICATION;
    }

    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        String query;
        try {
            query = call.requiredString("query").strip();
        } catch (ToolInputException e) {
            return ToolResult.error(e.getMessage());
        }
        if (query.isEmpty()) {
            return ToolResult.error("web_search: query is empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            return ToolResult.error("web_search: query is " + query.length() + " characters long, at most "
                    + MAX_QUERY_LENGTH + " are allowed");
        }
        if (provider == null) {
            return ToolResult.error("web_search: no web search provider is configured in this harness. The "
                    + "application can add one by implementing dev.harness4j.tools.web.WebSearchProvider and either "
                    + "registering it in META-INF/services/dev.harness4j.tools.web.WebSearchProvider or passing "
                    + "new WebSearchTool(provider) to the AgentToolsetProvider it gives Harness.builder().toolset(...). "
                    + "Until then, answer from the workspace files or your own knowledge and say so.");
        }
        List<SearchHit> hits;
        try {
            hits = provider.search(query, limit);
        } catch (IOException e) {
            LOG.warn("web_search provider {} failed in session {}", provider.name(), context.sessionId(), e);
            return ToolResult.error("web_search: the search provider " + provider.name() + " failed: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("web_search provider {} failed unexpectedly in session {}", provider.name(),
                    context.sessionId(), e);
            return ToolResult.error("web_search: the search provider " + provider.name()
                    + " failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
        return ToolResult.ok(format(query, hits == null ? List.of() : hits));
    }

    private String format(String query, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return "no results for \"" + query + "\"";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("results for \"").append(query).append("\":\n");
        int n = 0;
        for (SearchHit hit : hits) {
            if (n == limit) {
                break;
            }
            n++;
            sb.append('\n').append(n).append(". ").append(hit.title().strip()).append('\n');
            sb.append("   ").append(hit.url()).append('\n');
            if (!hit.snippet().isBlank()) {
                sb.append("   ").append(hit.snippet().strip().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return sb.toString();
    }
}

package dev.harness4j.tools.web;

import java.io.IOException;
import java.util.List;

/**
 * The back end of {@code web_search}: the embedding application implements it over the search API it uses, and passes
 * it to {@link WebSearchTool} or registers it through {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/dev.harness4j.tools.web.WebSearchProvider}). It runs on the host as trusted code; the
 * session's networking policy does not apply to it. Implementations must be safe for concurrent use.
 */
public interface WebSearchProvider {

    /** A short name for messages and logs (e.g. {@code brave}). */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Searches the web and returns at most {@code limit} hits, best first.
     *
     * @throws IOException when the search service cannot be reached or answers with an error
     */
    List<SearchHit> search(String query, int limit) throws IOException;
}

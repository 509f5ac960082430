package dev.harness4j.tools.web;

import java.util.Objects;

/**
 * One web search result.
 *
 * @param title   the page title
 * @param url     the page URL
 * @param snippet a short excerpt (may be empty)
 */
public record SearchHit(String title, String url, String snippet) {
    /** Checks title and url are present; a null snippet becomes empty. */
    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        snippet = snippet == null ? "" : snippet;
    }
}

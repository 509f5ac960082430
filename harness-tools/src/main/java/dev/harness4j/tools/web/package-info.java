/**
 * The web tools of the built-in toolset: {@link dev.harness4j.tools.web.WebFetchTool web_fetch} and
 * {@link dev.harness4j.tools.web.WebSearchTool web_search}.
 *
 * <p>{@code web_fetch} fetches one http(s) URL with the JDK {@link java.net.http.HttpClient} under the session
 * environment's {@link dev.harness4j.environment.Networking} policy: {@code none} refuses every URL, {@code limited}
 * allows only the listed hosts, {@code unrestricted} any public host. Redirects are followed by hand (at most five) and
 * every hop is checked again: its scheme, its host against the policy, and every address the host resolves to, so that
 * loopback, link-local, private, unspecified and multicast addresses stay out of reach unless
 * {@link dev.harness4j.tools.web.WebFetchOptions} explicitly allows loopback or private addresses. Responses are read up
 * to a size cap; HTML becomes readable text through a small JDK-only converter, text and JSON pass as they are, and
 * binary content is refused.
 *
 * <p>{@code web_search} delegates to a {@link dev.harness4j.tools.web.WebSearchProvider} that the embedding
 * application supplies (passed in, or registered through {@link java.util.ServiceLoader}); without one every call
 * answers with an error saying how to configure one. Providers run on the host as trusted code of the application.
 */
package dev.harness4j.tools.web;

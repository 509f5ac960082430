package dev.harness4j.tools.web;

import dev.harness4j.environment.Networking;
import dev.harness4j.hands.Tool;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolContext;
import dev.harness4j.hands.ToolInputException;
import dev.harness4j.hands.ToolResult;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code web_fetch} tool, input {@code {url}}: fetches one http(s) URL under the session's network policy and
 * returns {@code URL: <final url>}, {@code Status: <code>} and the content as text (see the package description for
 * the checks). A status of 400 or more is an error result carrying the same text.
 *
 * <p>Residual risk (DNS rebinding): each hop's host is resolved and every address checked, then the JDK client
 * connects by name and resolves again. With the default {@link HostResolver#system()} both lookups go through the
 * JVM's address cache (30 s by default), so the client normally connects to an address that was checked; a JVM with
 * {@code networkaddress.cache.ttl=0}, a custom resolver or a proxy in the client reopens that window.
 */
public final class WebFetchTool implements Tool {
    private static final Logger LOG = LoggerFactory.getLogger(WebFetchTool.class);
    private static final long POLL_MILLIS = 50;
    private static final int MAX_URL_LENGTH = 8192;
    private static final ToolSpecification SPECIFICATION = ToolSpecification.builder()
            .name("web_fetch")
            .description("Fetch an http(s) URL and return its content as text: HTML pages are converted to readable "
                    + "text (title first), text and JSON are returned as they are, binary content is refused. Only "
                    + "hosts the environment's networking policy allows can be reached.")
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty("url", "The http(s) URL to fetch")
                    .required("url")
                    .build())
            .build();

    private final WebFetchOptions options;
    private final FetchPolicy policy;
    private HttpClient defaultClient;

    /** A tool with {@link WebFetchOptions#defaults()}: public addresses only. */
    public WebFetchTool() {
        this(WebFetchOptions.defaults());
    }

    /** A tool with these options. */
    public WebFetchTool(WebFetchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.policy = new FetchPolicy(options);
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
        String url;
        try {
            url = call.requiredString("url").strip();
        } catch (ToolInputException e) {
            return ToolResult.error(e.getMessage());
        }
        try {
            return fetch(url, context);
        } catch (FetchRefused e) {
            return ToolResult.error("web_fetch: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("web_fetch failed unexpectedly in session {}", context.sessionId(), e);
            return ToolResult.error("web_fetch: internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    private ToolResult fetch(String url, ToolContext context) {
        Networking networking = context.networking();
        if (networking instanceof Networking.None) {
            throw new FetchRefused("this environment allows no network access (networking: none), so " + url
                    + " cannot be fetched. Work from the workspace files, or ask the user for the content or for an "
                    + "environment with limited or unrestricted networking.");
        }
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            try {
                policy.check(uri, networking);
            } catch (FetchRefused e) {
                throw hop == 0 ? e : new FetchRefused(url + " redirected to " + uri + ", which is refused: "
                        + e.getMessage());
            }
            HttpResponse<CappedBody.Result> response = send(uri, context);
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    return FetchedContent.render(uri, response, options.maxBytes());
                }
                if (hop >= options.maxRedirects()) {
                    throw new FetchRefused("too many redirects (more than " + options.maxRedirects()
                            + ") starting at " + url + "; the last one pointed to " + location);
                }
                uri = redirectTarget(uri, location);
                continue;
            }
            return FetchedContent.render(uri, response, options.maxBytes());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI parse(String url) {
        if (url.isEmpty()) {
            throw new FetchRefused("url is empty");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new FetchRefused("url is " + url.length() + " characters long, at most " + MAX_URL_LENGTH);
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()) {
                throw new FetchRefused("url must be absolute (http:// or https://), got " + url);
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new FetchRefused("not a valid URL: " + url + " (" + e.getReason() + ")");
        }
    }

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefused(from + " redirected to an invalid location: " + location);
        }
    }

    private HttpResponse<CappedBody.Result> send(URI uri, ToolContext context) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(options.timeout())
                    .header("User-Agent", options.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,text/plain,application/json;q=0.9,*/*;q=0.5")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchRefused("cannot request " + uri + ": " + e.getMessage());
        }
        AtomicReference<CappedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<CappedBody.Result> handler = info -> {
            boolean wanted = !isRedirect(info.statusCode())
                    && FetchedContent.isTextual(info.headers().firstValue("content-type").orElse(null));
            CappedBody b = new CappedBody(wanted ? options.maxBytes() : 0);
            body.set(b);
            return b;
        };
        CompletableFuture<HttpResponse<CappedBody.Result>> future = client().sendAsync(request, handler);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        try {
            while (true) {
                if (context.cancelled()) {
                    abort(future, body);
                    throw new FetchRefused("cancelled while fetching " + uri);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    abort(future, body);
                    throw timedOut(uri);
                }
                try {
                    return future.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS),
                            TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again: cancellation and the deadline are checked at the top
                }
            }
        } catch (InterruptedException e) {
            abort(future, body);
            Thread.currentThread().interrupt();
            throw new FetchRefused("interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(uri);
            }
            LOG.debug("web_fetch of {} failed", uri, cause);
            throw new FetchRefused("could not fetch " + uri + ": " + describe(cause));
        }
    }

    private FetchRefused timedOut(URI uri) {
        return new FetchRefused("timed out after " + human(options.timeout()) + " fetching " + uri);
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBody> body) {
        CappedBody b = body.get();
        if (b != null) {
            b.abort();
        }
        future.cancel(true);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private synchronized HttpClient client() {
        if (options.httpClient().isPresent()) {
            return options.httpClient().get();
        }
        if (defaultClient == null) {
            defaultClient = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(options.timeout())
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();
        }
        return defaultClient;
    }
}

package dev.harness4j.tools.web;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of {@link WebFetchTool}: the HTTP client and resolver (injectable for tests), which non-public addresses
 * may be reached, the size cap, the timeout and the redirect limit. Build with {@link #builder()}; {@link #defaults()}
 * reaches public addresses only.
 */
public final class WebFetchOptions {
    /** Default cap on the bytes read from one response: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;
    /** Default time for one request, from connect to the last byte: 30 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default and largest number of redirects followed: 5. */
    public static final int MAX_REDIRECTS = 5;

    private final HttpClient httpClient;
    private final HostResolver resolver;
    private final boolean allowLoopback;
    private final boolean allowPrivateAddresses;
    private final int maxBytes;
    private final Duration timeout;
    private final int maxRedirects;
    private final String userAgent;

    private WebFetchOptions(Builder b) {
        this.httpClient = b.httpClient;
        this.resolver = b.resolver;
        this.allowLoopback = b.allowLoopback;
        this.allowPrivateAddresses = b.allowPrivateAddresses;
        this.maxBytes = b.maxBytes;
        this.timeout = b.timeout;
        this.maxRedirects = b.maxRedirects;
        this.userAgent = b.userAgent;
    }

    /** Public addresses only, the system resolver, a client of its own, 1 MiB, 30 s, 5 redirects. */
    public static WebFetchOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The injected client, if any (otherwise the tool creates one on first use). */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /** The resolver whose answers are checked before each hop. */
    public HostResolver resolver() {
        return resolver;
    }

    /** Whether loopback addresses (127.0.0.0/8, ::1) may be reached. */
    public boolean allowLoopback() {
        return allowLoopback;
    }

    /** Whether private and link-local addresses (10/8, 172.16/12, 192.168/16, 169.254/16, 100.64/10, fc00::/7, fe80::/10) may be reached. */
    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /** The most bytes read from one response body; the rest is cut with a marker. */
    public int maxBytes() {
        return maxBytes;
    }

    /** The time allowed for one request (each redirect hop has its own). */
    public Duration timeout() {
        return timeout;
    }

    /** The most redirects followed. */
    public int maxRedirects() {
        return maxRedirects;
    }

    /** The {@code User-Agent} header sent. */
    public String userAgent() {
        return userAgent;
    }

    /** Builds {@link WebFetchOptions}; every setter validates. */
    public static final class Builder {
        private HttpClient httpClient;
        private HostResolver resolver = HostResolver.system();
        private boolean allowLoopback;
        private boolean allowPrivateAddresses;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRedirects = MAX_REDIRECTS;
        private String userAgent = "harness4j-web_fetch/0.1";

        private Builder() {
        }

        /**
         * The client to send requests with; it must not follow redirects itself (the tool checks each hop) and should
         * use no proxy, since the address check applies to the direct connection.
         */
        public Builder httpClient(HttpClient client) {
            Objects.requireNonNull(client, "client");
            if (client.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("web_fetch needs an HttpClient with Redirect.NEVER: it follows "
                        + "redirects itself to check every hop");
            }
            this.httpClient = client;
            return this;
        }

        /** The resolver checked before each hop (default: the JVM's). */
        public Builder resolver(HostResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Allows loopback addresses (off by default; for tests and local development servers). */
        public Builder allowLoopback(boolean allow) {
            this.allowLoopback = allow;
            return this;
        }

        /** Allows private and link-local addresses (off by default; e.g. an intranet deployment). */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /** The most bytes read from one response (at least 1 KiB, at most 64 MiB). */
        public Builder maxBytes(int bytes) {
            if (bytes < 1024 || bytes > (64 << 20)) {
                throw new IllegalArgumentException("web_fetch maxBytes must be between 1 KiB and 64 MiB, got " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /** The time allowed for one request (positive, at most 10 minutes). */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("web_fetch timeout must be positive and at most 10 minutes, got "
                        + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The most redirects followed, 0 to {@value WebFetchOptions#MAX_REDIRECTS}. */
        public Builder maxRedirects(int redirects) {
            if (redirects < 0 || redirects > MAX_REDIRECTS) {
                throw new IllegalArgumentException("web_fetch maxRedirects must be between 0 and " + MAX_REDIRECTS
                        + ", got " + redirects);
            }
            this.maxRedirects = redirects;
            return this;
        }

        /** The {@code User-Agent} header. */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException("web_fetch userAgent must be non-blank printable text");
            }
            this.userAgent = userAgent;
            return this;
        }

        /** The options. */
        public WebFetchOptions build() {
            return new WebFetchOptions(this);
        }
    }
}

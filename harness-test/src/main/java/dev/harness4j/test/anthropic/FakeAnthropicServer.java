package dev.harness4j.test.anthropic;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP server speaking the Anthropic Messages API ({@code POST /v1/messages}, JSON or server-sent events
 * when the request asks for {@code "stream": true}) that answers with scripted replies and records every request.
 *
 * <p>It fails loudly: a request when no reply is queued gets HTTP 500 with a message naming it, a request the real
 * API would reject (missing fields, a {@code tool_use} without its {@code tool_result}, …) gets HTTP 400, a path
 * other than {@code /v1/messages} gets 404; each such failure is also recorded for {@link #assertNoFailures()}.
 * Give {@link #baseUrl()} to {@code AnthropicChatModel.builder().baseUrl(…)}.
 */
public final class FakeAnthropicServer implements AutoCloseable {

    /** How strictly requests are checked against the rules of the real API. */
    enum Validation { STRICT, LENIENT }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ServerScript script = new ServerScript();

    private FakeAnthropicServer(Validation validation) {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-anthropic-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind the fake Anthropic server to a loopback port", e);
        }
        server.createContext("/", new MessagesHandler(script, validation));
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server on a free loopback port that validates requests strictly. */
    public static FakeAnthropicServer start() {
        return new FakeAnthropicServer(Validation.STRICT);
    }

    /** Starts a server that skips request validation (to test how a client reacts to replies to odd requests). */
    public static FakeAnthropicServer startLenient() {
        return new FakeAnthropicServer(Validation.LENIENT);
    }

    /** The base URL for LangChain4j, ending in {@code /v1/} (the client appends {@code messages}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1/";
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Queues replies, answered in order, one per request. */
    public FakeAnthropicServer enqueue(AnthropicReply... replies) {
        for (AnthropicReply reply : replies) {
            Objects.requireNonNull(reply, "reply");
            script.enqueue(request -> reply);
        }
        return this;
    }

    /** Queues a reply computed from the request it answers. */
    public FakeAnthropicServer enqueue(Function<RecordedRequest, AnthropicReply> responder) {
        script.enqueue(Objects.requireNonNull(responder, "responder"));
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return script.requests();
    }

    /** The most recent request; fails if there was none. */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = script.requests();
        if (all.isEmpty()) {
            throw new AssertionError("the fake Anthropic server has received no request");
        }
        return all.get(all.size() - 1);
    }

    /** How many queued replies have not been sent yet. */
    public int remaining() {
        return script.remaining();
    }

    /** The failures recorded so far (exhausted script, invalid request, unknown path), in order. */
    public List<String> failures() {
        return script.failures();
    }

    /** Fails, listing them, if any failure was recorded. */
    public void assertNoFailures() {
        List<String> failures = script.failures();
        if (!failures.isEmpty()) {
            throw new AssertionError("the fake Anthropic server recorded " + failures.size() + " failure(s):\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** Fails if any failure was recorded or any queued reply was not sent. */
    public void assertExhausted() {
        assertNoFailures();
        int left = script.remaining();
        if (left > 0) {
            throw new AssertionError("the fake Anthropic server still has " + left + " unsent reply(ies) after "
                    + script.requests().size() + " request(s)");
        }
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

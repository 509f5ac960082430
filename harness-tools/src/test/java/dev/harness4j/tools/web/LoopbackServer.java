package dev.harness4j.tools.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on 127.0.0.1 (ephemeral port) with canned routes; records the paths it was asked for. */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        try (exchange) {
            switch (path) {
                case "/plain" -> respond(exchange, 200, "text/plain; charset=utf-8", "hello from loopback\n");
                case "/json" -> respond(exchange, 200, "application/json", "{\"a\": [1, 2], \"b\": \"&amp;\"}");
                case "/html" -> respond(exchange, 200, "text/html; charset=utf-8", """
                        <!DOCTYPE html><html><head><title>Inventory &amp; Stock</title>
                        <style>body { color: red; }</style><script>alert("x")</script></head>
                        <body><h1>Items</h1><p>First&nbsp;paragraph with <a href="https://example.com/docs">the
                        docs</a>.</p><ul><li>one</li><li>two &lt;b&gt;</li></ul><!-- hidden comment -->
                        <div>caf&#233; &#x263A;</div></body></html>""");
                case "/png" -> respond(exchange, 200, "image/png", "\u0089PNG\r\n\u001a\n\u0000\u0000");
                case "/missing" -> respond(exchange, 404, "text/plain", "no such page");
                case "/big" -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 48; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException e) {
                        // the client stopped reading at its cap
                    }
                }
                case "/redirect-same" -> redirect(exchange, "/plain");
                case "/redirect-localhost" -> redirect(exchange, "http://localhost:" + port() + "/plain");
                case "/redirect-ftp" -> redirect(exchange, "ftp://127.0.0.1/file");
                case "/loop" -> redirect(exchange, "/loop");
                default -> respond(exchange, 404, "text/plain", "unknown route " + path);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(type.startsWith("image/") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.harness4j.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves {@code POST /v1/messages}: records the request, validates it, and answers with the next scripted reply. */
final class MessagesHandler implements HttpHandler {
    static final String MESSAGES_PATH = "/v1/messages";
    private static final Logger LOG = LoggerFactory.getLogger(MessagesHandler.class);
    private static final int MAX_TEXT = 80;

    private final ServerScript script;
    private final FakeAnthropicServer.Validation validation;

    MessagesHandler(ServerScript script, FakeAnthropicServer.Validation validation) {
        this.script = script;
        this.validation = validation;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RecordedRequest request = script.record(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    headers(exchange), body, parse(body));
            try {
                respond(exchange, request);
            } catch (IOException e) {
                throw e;
            } catch (RuntimeException e) {
                fail(exchange, 500, "api_error", "request #" + request.number() + ": the scripted reply threw " + e);
            }
        }
    }

    private void respond(HttpExchange exchange, RecordedRequest request) throws IOException {
        if (!"POST".equals(request.method()) || !MESSAGES_PATH.equals(request.path())) {
            fail(exchange, 404, "not_found_error", "request #" + request.number() + ": the fake server only serves"
                    + " POST " + MESSAGES_PATH + ", got " + request.method() + " " + request.path());
            return;
        }
        if (validation == FakeAnthropicServer.Validation.STRICT) {
            String problem = request.json() == null ? "the body is not JSON" : RequestValidator.problem(request.json());
            if (problem != null) {
                fail(exchange, 400, "invalid_request_error",
                        "request #" + request.number() + " is invalid: " + problem);
                return;
            }
        }
        Function<RecordedRequest, AnthropicReply> next = script.next();
        if (next == null) {
            fail(exchange, 500, "api_error", "FakeAnthropicServer: script exhausted, no reply for request #"
                    + request.number() + ": " + summary(request));
            return;
        }
        AnthropicReply reply = next.apply(request);
        if (reply == null) {
            fail(exchange, 500, "api_error", "request #" + request.number() + ": the scripted reply computed null");
        } else if (reply instanceof AnthropicReply.Error e) {
            e.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            send(exchange, e.status(), WireFormat.write(WireFormat.error(e.errorType(), e.message())));
        } else if (reply instanceof AnthropicReply.Message m) {
            WireFormat.Resolved resolved = resolve(m, request);
            if (request.streaming()) {
                stream(exchange, resolved);
            } else {
                send(exchange, 200, WireFormat.write(WireFormat.message(resolved)));
            }
        }
    }

    private WireFormat.Resolved resolve(AnthropicReply.Message m, RecordedRequest request) {
        List<ReplyBlock> content = new ArrayList<>(m.content().size());
        for (ReplyBlock b : m.content()) {
            if (b instanceof ReplyBlock.ToolUse u && u.id() == null) {
                content.add(new ReplyBlock.ToolUse(script.nextToolUseId(), u.name(), u.input()));
            } else {
                content.add(b);
            }
        }
        String model = m.model() != null ? m.model()
                : request.json() != null ? request.json().path("model").asText("fake-model") : "fake-model";
        ReplyUsage usage = m.usage() != null ? m.usage() : WireFormat.estimate(request.body(), content);
        return new WireFormat.Resolved(script.nextMessageId(), model, content, m.effectiveStopReason(), usage);
    }

    private static void stream(HttpExchange exchange, WireFormat.Resolved resolved) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (WireFormat.Sse event : WireFormat.stream(resolved)) {
            out.write(event.render().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private void fail(HttpExchange exchange, int status, String errorType, String message) throws IOException {
        LOG.warn("{}", message);
        script.fail(message);
        send(exchange, status, WireFormat.write(WireFormat.error(errorType, message)));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return headers;
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** A one-line summary of a request body: model, message count, and the last message abbreviated. */
    static String summary(RecordedRequest request) {
        JsonNode json = request.json();
        if (json == null) {
            return "non-JSON body of " + request.body().length() + " chars";
        }
        JsonNode messages = json.path("messages");
        StringBuilder sb = new StringBuilder();
        sb.append("model ").append(json.path("model").asText("?")).append(", ").append(messages.size())
                .append(" message(s)");
        if (messages.size() > 0) {
            JsonNode last = messages.get(messages.size() - 1);
            sb.append(", last ").append(last.path("role").asText("?")).append(": ")
                    .append(abbreviate(WireFormat.write(last.path("content"))));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…(" + s.length() + " chars)";
    }
}

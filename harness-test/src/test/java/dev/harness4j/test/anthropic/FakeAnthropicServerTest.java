package dev.harness4j.test.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harness4j.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake server at the raw HTTP level, with the JDK client. */
class FakeAnthropicServerTest {
    private static final String VALID = "{\"model\":\"m\",\"max_tokens\":10,"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    private final FakeAnthropicServer server = FakeAnthropicServer.start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void baseUrlIsLoopbackWithV1Suffix() {
        assertEquals("http://127.0.0.1:" + server.port() + "/v1/", server.baseUrl());
    }

    @Test
    void messageReplyHasTheWireShapeAndEchoesTheModel() throws Exception {
        server.enqueue(AnthropicReply.message().text("hi").toolUse("read", "{\"a\":1}").build());

        HttpResponse<String> response = post("messages", VALID);

        assertEquals(200, response.statusCode());
        JsonNode body = Json.mapper().readTree(response.body());
        assertEquals("message", body.get("type").asText());
        assertEquals("assistant", body.get("role").asText());
        assertEquals("m", body.get("model").asText());
        assertEquals("tool_use", body.get("stop_reason").asText());
        assertEquals("toolu_01", body.get("content").get(1).get("id").asText());
        assertEquals(1, body.get("content").get(1).get("input").get("a").asInt());
        JsonNode usage = body.get("usage");
        assertTrue(usage.get("input_tokens").asInt() > 0);
        assertTrue(usage.get("output_tokens").asInt() > 0);
        assertEquals(0, usage.get("cache_read_input_tokens").asInt());
        server.assertExhausted();
    }

    @Test
    void rateLimitCarriesEnvelopeAndRetryAfter() throws Exception {
        server.enqueue(AnthropicReply.rateLimited(12));

        HttpResponse<String> response = post("messages", VALID);

        assertEquals(429, response.statusCode());
        assertEquals("12", response.headers().firstValue("retry-after").orElseThrow());
        JsonNode body = Json.mapper().readTree(response.body());
        assertEquals("error", body.get("type").asText());
        assertEquals("rate_limit_error", body.get("error").get("type").asText());
        server.assertNoFailures();
    }

    @Test
    void computedRepliesSeeTheRecordedRequest() throws Exception {
        server.enqueue(r -> AnthropicReply.text("echo " + r.messages().get(0).get("content").asText()));
        JsonNode body = Json.mapper().readTree(post("messages", VALID).body());
        assertEquals("echo hi", body.get("content").get(0).get("text").asText());
    }

    @Test
    void unknownPathIs404AndRecorded() throws Exception {
        HttpResponse<String> response = post("models", "{}");
        assertEquals(404, response.statusCode());
        assertEquals("not_found_error", Json.mapper().readTree(response.body()).get("error").get("type").asText());
        AssertionError e = assertThrows(AssertionError.class, server::assertNoFailures);
        assertTrue(e.getMessage().contains("POST /v1/models"), e.getMessage());
    }

    @Test
    void invalidRequestsAre400AndConsumeNoReply() throws Exception {
        server.enqueue(AnthropicReply.text("kept"));
        assertEquals(400, post("messages", "not json").statusCode());
        assertEquals(400, post("messages", "{\"model\":\"m\",\"messages\":[]}").statusCode());
        assertEquals(1, server.remaining());
        assertEquals(2, server.failures().size());
        assertTrue(server.failures().get(1).contains("max_tokens"), server.failures().get(1));
        assertEquals(200, post("messages", VALID).statusCode());
    }

    @Test
    void lenientServerAcceptsWhatTheRealApiWouldReject() throws Exception {
        try (FakeAnthropicServer lenient = FakeAnthropicServer.startLenient()) {
            lenient.enqueue(AnthropicReply.text("fine"));
            HttpRequest request = HttpRequest.newBuilder(URI.create(lenient.baseUrl() + "messages"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            lenient.assertExhausted();
        }
    }

    @Test
    void recordsHeadersAndTheExactBody() throws Exception {
        server.enqueue(AnthropicReply.text("x"));
        post("messages", VALID);
        RecordedRequest r = server.lastRequest();
        assertEquals(1, r.number());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(VALID, r.body());
        ((ObjectNode) r.json()).put("model", "mutated");
        assertEquals("m", server.lastRequest().json().get("model").asText(), "recorded requests are immutable");
    }

    @Test
    void unsentRepliesFailAssertExhausted() {
        server.enqueue(AnthropicReply.text("never sent"));
        AssertionError e = assertThrows(AssertionError.class, server::assertExhausted);
        assertTrue(e.getMessage().contains("1 unsent"), e.getMessage());
        assertThrows(AssertionError.class, server::lastRequest);
    }

    @Test
    void replyBuildersRejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> AnthropicReply.toolUse("read", "[1]"));
        assertThrows(IllegalArgumentException.class, () -> AnthropicReply.toolUse("read", "{oops"));
        assertThrows(IllegalArgumentException.class, () -> AnthropicReply.message().stopReason("done").build());
        assertThrows(IllegalArgumentException.class, () -> AnthropicReply.error(200, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new ReplyUsage(-1, 0, 0, 0));
    }
}

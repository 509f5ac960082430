package dev.harness4j.test.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request the fake server received: its 1-based number, method, path, headers (names in lower case), raw
 * body, and the body parsed as JSON (null when it is not JSON).
 */
public record RecordedRequest(
        int number, String method, String path, Map<String, List<String>> headers, String body, JsonNode json) {

    /** Copies the headers. */
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (name matched case-insensitively), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the body asks for a streamed (server-sent events) reply. */
    public boolean streaming() {
        return json != null && json.path("stream").asBoolean(false);
    }

    /** The {@code messages} array of the body (a missing node when absent). */
    public JsonNode messages() {
        return json == null ? MissingNode.getInstance() : json().path("messages");
    }

    /** The JSON body; the record keeps its own copy. */
    @Override
    public JsonNode json() {
        return json == null ? null : json.deepCopy();
    }
}

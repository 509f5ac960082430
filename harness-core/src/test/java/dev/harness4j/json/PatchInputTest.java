package dev.harness4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared rules of update documents: null keeps or clears, wrong types are refused naming the field. */
class PatchInputTest {
    private static JsonNode node(String json) {
        return JsonInput.parseJson("{\"v\":" + json + "}", "test").get("v");
    }

    private static void refused(String message, Runnable action) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, action::run);
        assertEquals(message, e.getMessage());
    }

    @Test
    void textIsTheStringOrNullAndRefusesOtherTypes() {
        assertEquals("x", PatchInput.text(node("\"x\""), "doc", "name"));
        assertNull(PatchInput.text(node("null"), "doc", "name"));
        refused("doc: name must be a string or null", () -> PatchInput.text(node("5"), "doc", "name"));
        refused("doc: name must be a string or null", () -> PatchInput.text(node("{}"), "doc", "name"));
    }

    @Test
    void bindIsNullForNullAndTranslatesFailures() {
        assertNull(PatchInput.bind(node("null"), Integer.class, "doc.n"));
        assertEquals(3, PatchInput.bind(node("3"), Integer.class, "doc.n"));
        assertNull(PatchInput.bind(node("null"), new TypeReference<List<String>>() { }, "doc.l"));
        assertEquals(List.of("a"), PatchInput.bind(node("[\"a\"]"), new TypeReference<List<String>>() { }, "doc.l"));
        assertThrows(InvalidRequestException.class, () -> PatchInput.bind(node("\"x\""), Integer.class, "doc.n"));
    }

    @Test
    void metadataHandsOverUpsertsAndDeletesInOrder() {
        Map<String, String> seen = new LinkedHashMap<>();
        PatchInput.metadata(node("{\"b\":\"1\",\"a\":null}"), "doc", seen::put);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("b", "1");
        expected.put("a", null);
        assertEquals(expected, seen);
        assertEquals(List.of("b", "a"), new ArrayList<>(seen.keySet()));
    }

    @Test
    void metadataRefusesNonObjectsAndNonStringValues() {
        refused("doc: metadata must be an object of strings (null deletes a key)",
                () -> PatchInput.metadata(node("[]"), "doc", (k, v) -> { }));
        refused("doc: metadata.k must be a string or null",
                () -> PatchInput.metadata(node("{\"k\":1}"), "doc", (k, v) -> { }));
    }

    @Test
    void builderValuesKeepClearOrRefuse() {
        assertEquals("n", PatchInput.notCleared("n", "doc", "name"));
        refused("doc: name cannot be cleared", () -> PatchInput.notCleared(null, "doc", "name"));
        assertEquals(Optional.empty(), PatchInput.clearable((String) null));
        assertEquals(Optional.empty(), PatchInput.clearable(""));
        assertEquals(Optional.of("d"), PatchInput.clearable("d"));
        assertEquals(Optional.empty(), PatchInput.clearable((List<String>) null));
        assertEquals(Optional.of(List.of()), PatchInput.clearable(List.<String>of()));
        List<String> source = new ArrayList<>(List.of("a"));
        Optional<List<String>> copy = PatchInput.clearable(source);
        source.add("b");
        assertEquals(Optional.of(List.of("a")), copy);
        assertEquals("k", PatchInput.metadataKey("k", "doc"));
        refused("doc: metadata keys must not be empty", () -> PatchInput.metadataKey("", "doc"));
        refused("doc: metadata keys must not be empty", () -> PatchInput.metadataKey(null, "doc"));
    }

    @Test
    void unknownFieldNamesTheFieldAndTheKnownOnes() {
        assertEquals("doc: unknown field 'x'; known fields: [a, b]",
                PatchInput.unknownField("doc", "x", List.of("a", "b")).getMessage());
    }
}

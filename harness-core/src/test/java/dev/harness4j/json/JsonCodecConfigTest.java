package dev.harness4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared Jackson configuration: what it writes, and what the strict mapper refuses to read. */
class JsonCodecConfigTest {

    /** A value with a null field and a map holding a null. */
    record Patch(String name, String title, Map<String, Object> metadata) {
    }

    /** A value with typed fields, to check coercions. */
    record Typed(String text, int count, Boolean flag) {
    }

    @Test
    void nullFieldsAreLeftOutButNullsInsideMapsAndListsAreKept() throws JsonProcessingException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("keep", "yes");
        metadata.put("delete_me", null);
        metadata.put("list", Arrays.asList(1, null));
        String json = Json.mapper().writeValueAsString(new Patch("n", null, metadata));
        assertEquals("{\"name\":\"n\",\"metadata\":{\"keep\":\"yes\",\"delete_me\":null,\"list\":[1,null]}}", json);
    }

    @Test
    void bytesAndTextAgreeOnCharactersOutsideTheBmp() throws JsonProcessingException {
        Map<String, String> value = Map.of("t", "party 🎉 and 𝄞");
        String text = Json.mapper().writeValueAsString(value);
        assertEquals("{\"t\":\"party 🎉 and 𝄞\"}", text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Json.mapper().writeValueAsBytes(value));
    }

    @Test
    void theStrictMapperRefusesCoercionsTheLenientOneAccepts() throws JsonProcessingException {
        ObjectMapper strict = Json.newStrictMapper();
        for (String json : List.of("{\"text\":5,\"count\":1}", "{\"text\":true,\"count\":1}",
                "{\"text\":\"a\",\"count\":\"1\"}", "{\"text\":\"a\",\"count\":1.5}",
                "{\"text\":\"a\",\"count\":1,\"flag\":\"true\"}", "{\"text\":\"a\",\"count\":1,\"flag\":1}",
                "{\"text\":\"a\",\"text\":\"b\",\"count\":1}")) {
            assertThrows(JsonProcessingException.class, () -> strict.readValue(json, Typed.class), json);
        }
        assertEquals(new Typed("5", 1, null), Json.mapper().readValue("{\"text\":5,\"count\":1}", Typed.class));
        assertEquals(new Typed("a", 2, true),
                strict.readValue("{\"text\":\"a\",\"count\":2,\"flag\":true}", Typed.class));
    }

    @Test
    void bothMappersWriteTheSame() throws JsonProcessingException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", null);
        value.put("b", List.of("x", "🎉"));
        assertEquals(Json.mapper().writeValueAsString(value), Json.newStrictMapper().writeValueAsString(value));
    }
}

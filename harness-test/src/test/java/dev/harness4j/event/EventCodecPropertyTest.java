package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.json.Json;
import dev.harness4j.test.gen.EventGenerators;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of the event codec over generated events of every type. */
class EventCodecPropertyTest {
    private static final EventCodec CODEC = EventCodec.get();
    private static final long SEED = 0x4A53_4F4EL;

    private static QuickTheory theory(int examples) {
        return qt().withFixedSeed(SEED).withExamples(examples);
    }

    @Test
    void decodeOfEncodeIsTheSameEvent() {
        theory(5_000).forAll(EventGenerators.events()).checkAssert(e -> {
            String json = CODEC.encode(e);
            assertEquals(e, CODEC.decode(json), json);
            assertEquals(json, CODEC.encode(CODEC.decode(json)), "re-encoding is stable");
        });
    }

    @Test
    void theByteCodecAgreesWithTheStringCodec() {
        theory(2_000).forAll(EventGenerators.events()).checkAssert(e -> {
            byte[] bytes = CODEC.encodeBytes(e);
            assertArrayEquals(CODEC.encode(e).getBytes(StandardCharsets.UTF_8), bytes);
            assertEquals(e, CODEC.decode(bytes, 0, bytes.length));
        });
    }

    @Test
    void encodedEventsAreOneLineWithIdTypeAndProcessedAt() {
        theory(2_000).forAll(EventGenerators.events()).checkAssert(e -> {
            String json = CODEC.encode(e);
            assertFalse(json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0, "raw line break in " + json);
            JsonNode tree = parse(json);
            assertTrue(tree.has("id") && tree.has("type") && tree.has("processed_at"), json);
            assertEquals(e.id(), tree.get("id").textValue());
            assertEquals(e.type(), tree.get("type").textValue());
            assertEquals(e.processedAt() == null, tree.get("processed_at").isNull(), json);
            assertEquals(tree, CODEC.toTree(e));
        });
    }

    @Test
    void userEventsRoundTripThroughTheSendDecoder() {
        theory(2_000).forAll(EventGenerators.userEvents()).checkAssert(e -> {
            assertEquals(e, CODEC.decodeUserEvent(CODEC.encode(e)));
        });
    }

    @Test
    void unsentUserEventsHaveNoIdAndANullProcessedAt() {
        qt().withFixedSeed(7L).withExamples(1_000).forAll(EventGenerators.unsentUserEvents()).checkAssert(e -> {
            String json = CODEC.encode(e);
            JsonNode tree = parse(json);
            assertFalse(tree.has("id"), json);
            assertTrue(tree.get("processed_at").isNull(), json);
            UserEvent back = CODEC.decodeUserEvent(json);
            assertEquals(e, back);
            assertNull(back.id());
        });
    }

    @Test
    void theGeneratorProducesTheTrickyCases() {
        Set<String> seen = new TreeSet<>();
        theory(2_000).forAll(EventGenerators.events()).checkAssert(e -> {
            String json = CODEC.encode(e);
            if (e instanceof UserEvent && e.processedAt() == null) {
                seen.add("queued user event");
            }
            if (e.processedAt() != null && e.processedAt().getNano() % 1_000 != 0) {
                seen.add("nanosecond time");
            }
            if (json.contains("\\n")) {
                seen.add("newline in text");
            }
            if (json.contains("\\\"")) {
                seen.add("quote in text");
            }
            if (json.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                seen.add("character outside the BMP");
            }
            if (json.matches(".*\"input\":\\{.*:null.*")) {
                seen.add("null in tool input");
            }
            if (json.matches(".*\"input\":\\{.*:-?\\d{20,}.*")) {
                seen.add("integer beyond long in tool input");
            }
            if (json.matches(".*\"input\":\\{.*:\\{\"[^}]*:\\[.*")) {
                seen.add("list nested in a map in tool input");
            }
        });
        assertEquals(new TreeSet<>(Set.of("queued user event", "nanosecond time", "newline in text", "quote in text",
                "character outside the BMP", "null in tool input", "integer beyond long in tool input",
                "list nested in a map in tool input")), seen);
    }

    @Test
    void theGeneratorCoversEveryEventType() {
        Set<String> seen = new TreeSet<>();
        qt().withFixedSeed(11L).withExamples(2_000).forAll(EventGenerators.events())
                .checkAssert(e -> seen.add(e.type()));
        Set<String> all = new TreeSet<>();
        for (JsonSubTypes.Type t : Event.class.getAnnotation(JsonSubTypes.class).value()) {
            all.add(t.name());
        }
        assertEquals(all, seen);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}

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
    private static final int EXAMPLES = 5_000;

    private static QuickTheory theory() {
        return qt().withFixedSeed(0x4A53_4F4EL).withExamples(EXAMPLES);
    }

    @Test
    void decodeOfEncodeIsTheSameEvent() {
        theory().forAll(EventGenerators.events()).checkAssert(e -> {
            String json = CODEC.encode(e);
            assertEquals(e, CODEC.decode(json), json);
            assertEquals(json, CODEC.encode(CODEC.decode(json)), "re-encoding is stable");
        });
    }

    @Test
    void theByteCodecAgreesWithTheStringCodec() {
        theory().forAll(EventGenerators.events()).checkAssert(e -> {
            byte[] bytes = CODEC.encodeBytes(e);
            assertArrayEquals(CODEC.encode(e).getBytes(StandardCharsets.UTF_8), bytes);
            assertEquals(e, CODEC.decode(bytes, 0, bytes.length));
        });
    }

    @Test
    void encodedEventsAreOneLineWithIdTypeAndProcessedAt() {
        theory().forAll(EventGenerators.events()).checkAssert(e -> {
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
        theory().forAll(EventGenerators.userEvents()).checkAssert(e -> {
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

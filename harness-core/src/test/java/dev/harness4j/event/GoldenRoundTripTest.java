package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden file decodes, re-encodes to the same JSON tree and re-encodes stably; every event type has one. */
class GoldenRoundTripTest {

    static List<String> goldens() {
        return Goldens.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void roundTripsToTheSameJsonTree(String name) {
        Event event = Goldens.roundTrip(name, Event.class);
        assertEquals(Goldens.typeOf(name), event.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void encodesOnOneLineWithTheEnvelopeFieldsFirst(String name) {
        String encoded = EventCodec.get().encode(EventCodec.get().decode(Goldens.text(name)));
        assertFalse(encoded.contains("\n") || encoded.contains("\r"), encoded);
        JsonNode tree = Goldens.tree(encoded);
        assertTrue(tree.has("id") && tree.has("type") && tree.has("processed_at"), encoded);
        List<String> fields = fieldNames(tree);
        assertEquals(List.of("id", "type"), fields.subList(0, 2), "id and type come first: " + encoded);
    }

    @Test
    void everyEventTypeOfTheLaunchSetOutcomesAndThreadsHasAGoldenFile() {
        Set<String> covered = Goldens.names().stream().map(Goldens::typeOf).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(EventCodec.KNOWN_TYPES);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "event types without a golden file");
        // The reference's 20 launch types (§16), user.define_outcome, the three outcome spans and the seven
        // multiagent thread events (§10.3).
        assertEquals(31, EventCodec.KNOWN_TYPES.size(), "known types: " + EventCodec.KNOWN_TYPES);
    }

    @Test
    void everyGoldenFileNamesAKnownType() {
        for (String name : Goldens.names()) {
            assertTrue(EventCodec.KNOWN_TYPES.contains(Goldens.typeOf(name)), name);
        }
    }

    private static List<String> fieldNames(JsonNode tree) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code processed_at} is read as any RFC 3339 time (offsets, any fraction) and written in UTC with {@code Z}. */
class EventTimestampTest {
    private static final EventCodec CODEC = EventCodec.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // wire text,                          instant,                          canonical text written back
        "2026-04-08T12:00:00.000Z,             2026-04-08T12:00:00Z,             2026-04-08T12:00:00.000Z",
        "2026-04-08T12:00:00Z,                 2026-04-08T12:00:00Z,             2026-04-08T12:00:00.000Z",
        "2026-04-08T12:00:00.000+00:00,        2026-04-08T12:00:00Z,             2026-04-08T12:00:00.000Z",
        "2026-04-08T12:00:00-00:00,            2026-04-08T12:00:00Z,             2026-04-08T12:00:00.000Z",
        "2026-04-08T14:00:00.020+02:00,        2026-04-08T12:00:00.020Z,         2026-04-08T12:00:00.020Z",
        "2026-04-08T06:30:00.123456-05:30,     2026-04-08T12:00:00.123456Z,      2026-04-08T12:00:00.123456Z",
        "2026-04-09T01:00:00.5+13:00,          2026-04-08T12:00:00.500Z,         2026-04-08T12:00:00.500Z",
        "2026-04-08T12:00:00.1Z,               2026-04-08T12:00:00.100Z,         2026-04-08T12:00:00.100Z",
        "2026-04-08T12:00:00.12345Z,           2026-04-08T12:00:00.123450Z,      2026-04-08T12:00:00.123450Z",
        "2026-04-08T12:00:00.123456789Z,       2026-04-08T12:00:00.123456789Z,   2026-04-08T12:00:00.123456789Z",
        "2026-04-08T12:00:00.000000001+00:00,  2026-04-08T12:00:00.000000001Z,   2026-04-08T12:00:00.000000001Z",
        "2026-04-08t12:00:00.250z,             2026-04-08T12:00:00.250Z,         2026-04-08T12:00:00.250Z",
        "2026-12-31T23:59:59.999-01:00,        2027-01-01T00:59:59.999Z,         2027-01-01T00:59:59.999Z"
    })
    void readsAnyOffsetAndFractionAndWritesUtc(String wire, String instant, String canonical) {
        String json = "{\"id\":\"sevt_1\",\"type\":\"session.status_running\",\"processed_at\":\"" + wire + "\"}";
        Event event = CODEC.decode(json);
        assertEquals(Instant.parse(instant), event.processedAt());
        String encoded = CODEC.encode(event);
        assertEquals("{\"id\":\"sevt_1\",\"type\":\"session.status_running\",\"processed_at\":\"" + canonical + "\"}",
                encoded);
        assertEquals(encoded, CODEC.encode(CODEC.decode(encoded)));
    }

    @Test
    void theSseUserMessageWithAnExplicitUtcOffsetEqualsTheGolden() {
        String golden = Goldens.text("user.message");
        String withOffset = golden.replace("2026-04-08T12:00:00.000Z", "2026-04-08T12:00:00.000+00:00");
        assertTrue(withOffset.contains("+00:00"));
        assertEquals(CODEC.decode(golden), CODEC.decode(withOffset));
        assertEquals(Goldens.tree(golden), Goldens.tree(CODEC.encode(CODEC.decode(withOffset))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2026-04-08", "12:00:00Z", "2026-04-08T12:00:00", "2026-04-08 12:00:00Z",
        "2026-04-08T12:00:00+0200", "2026-04-08T25:00:00Z", "2026-02-30T12:00:00Z", "", "now"})
    void refusesWhatIsNotAnRfc3339Time(String wire) {
        String json = "{\"id\":\"sevt_1\",\"type\":\"session.status_running\",\"processed_at\":\"" + wire + "\"}";
        EventValidationException e = assertThrows(EventValidationException.class, () -> CODEC.decode(json));
        assertTrue(e.getMessage().startsWith("session.status_running: processed_at: "), e.getMessage());
        assertTrue(e.getMessage().contains("RFC 3339"), e.getMessage());
    }

    @Test
    void formatsWithAtLeastMillisecondsAndNoMoreDigitsThanNeeded() {
        assertEquals("2026-04-08T12:00:00.000Z", Json.formatInstant(Instant.parse("2026-04-08T12:00:00Z")));
        assertEquals("2026-04-08T12:00:00.007Z", Json.formatInstant(Instant.parse("2026-04-08T12:00:00.007Z")));
        assertEquals("2026-04-08T12:00:00.000007Z", Json.formatInstant(Instant.parse("2026-04-08T12:00:00.000007Z")));
        assertEquals("2026-04-08T12:00:00.000000007Z",
                Json.formatInstant(Instant.parse("2026-04-08T12:00:00.000000007Z")));
        assertEquals("1970-01-01T00:00:00.000Z", Json.formatInstant(Instant.EPOCH));
    }
}

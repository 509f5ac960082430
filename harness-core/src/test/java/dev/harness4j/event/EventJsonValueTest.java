package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The free-form JSON of tool {@code input} and error extras: deep-frozen, numbers normalised to what the codec reads
 * back (so {@code decode(encode(e)).equals(e)} holds whatever Number types the caller used), nulls kept.
 */
class EventJsonValueTest {
    private static final EventCodec CODEC = EventCodec.get();
    private static final Instant AT = Instant.parse("2026-04-08T12:00:00Z");

    @Test
    void numbersOfAnyJavaTypeRoundTripToAnEqualEvent() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("long_small", 5L);
        input.put("long_big", 5_000_000_000L);
        input.put("short", (short) 7);
        input.put("byte", (byte) -1);
        input.put("big_small", BigInteger.TEN);
        input.put("big_huge", new BigInteger("123456789012345678901234567890"));
        input.put("float", 0.1f);
        input.put("double", 0.1);
        input.put("decimal", new BigDecimal("1.25"));
        input.put("atomic", new AtomicLong(3));
        input.put("nested", List.of(Map.of("n", 2L)));
        AgentToolUse use = new AgentToolUse("sevt_1", "calc", input, null, null, AT);

        Event back = CODEC.decode(CODEC.encode(use));
        assertEquals(use, back);
        Map<String, Object> frozen = use.input();
        assertEquals(5, frozen.get("long_small"));
        assertEquals(5_000_000_000L, frozen.get("long_big"));
        assertEquals(7, frozen.get("short"));
        assertEquals(-1, frozen.get("byte"));
        assertEquals(10, frozen.get("big_small"));
        assertEquals(new BigInteger("123456789012345678901234567890"), frozen.get("big_huge"));
        assertEquals(0.1, frozen.get("float"));
        assertEquals(1.25, frozen.get("decimal"));
        assertEquals(3, frozen.get("atomic"));
        assertEquals(List.of(Map.of("n", 2)), frozen.get("nested"));
    }

    @Test
    void nonFiniteNumbersAreRefusedWithThePath() {
        Map<String, Object> input = Map.of("a", List.of(1, Double.NaN));
        EventValidationException e = assertThrows(EventValidationException.class,
                () -> new AgentToolUse("sevt_1", "calc", input, null, null, AT));
        assertEquals("agent.tool_use: input.a[1]: the number NaN cannot be written as JSON", e.getMessage());
        assertThrows(EventValidationException.class, () -> new AgentCustomToolUse("sevt_1", "calc",
                Map.of("x", Float.POSITIVE_INFINITY), null, AT));
    }

    @Test
    void valuesThatAreNotJsonAreRefused() {
        EventValidationException e = assertThrows(EventValidationException.class,
                () -> new AgentToolUse("sevt_1", "calc", Map.of("when", AT), null, null, AT));
        assertTrue(e.getMessage().startsWith("agent.tool_use: input.when: unsupported JSON value"), e.getMessage());
    }

    @Test
    void nullsInsideInputMapsAndListsAreKeptOnTheWire() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("new_string", null);
        input.put("list", Arrays.asList("a", null));
        AgentToolUse use = new AgentToolUse("sevt_1", "edit", input, null, null, AT);
        String json = CODEC.encode(use);
        assertTrue(json.contains("\"input\":{\"new_string\":null,\"list\":[\"a\",null]}"), json);
        assertEquals(use, CODEC.decode(json));
    }

    @Test
    void errorExtrasKeepNullsAndNumbers() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("repository_url", null);
        extra.put("attempt", 2L);
        SessionError error = new SessionError("sevt_1", new ErrorInfo("repository_clone_error", "clone failed",
                ErrorInfo.RetryStatus.RETRYING, extra), AT);
        String json = CODEC.encode(error);
        assertTrue(json.contains("\"retry_status\":{\"type\":\"retrying\"},\"repository_url\":null,\"attempt\":2"),
                json);
        assertEquals(error, CODEC.decode(json));
    }

    @Test
    void inputIsDeepFrozenAndCopied() {
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> inner = new HashMap<>(Map.of("k", "v"));
        Map<String, Object> input = new HashMap<>(Map.of("list", list, "inner", inner));
        AgentToolUse use = new AgentToolUse("sevt_1", "x", input, null, null, AT);
        list.add("b");
        inner.put("k2", "v2");
        input.put("new", 1);
        assertEquals(Map.of("list", List.of("a"), "inner", Map.of("k", "v")), use.input());
        assertThrows(UnsupportedOperationException.class, () -> use.input().put("x", 1));
        @SuppressWarnings("unchecked")
        List<Object> frozenList = (List<Object>) use.input().get("list");
        assertThrows(UnsupportedOperationException.class, () -> frozenList.add("c"));
    }

    @Test
    void errorExtraMayNotShadowANamedField() {
        EventValidationException e = assertThrows(EventValidationException.class, () -> new ErrorInfo("x", "m",
                ErrorInfo.RetryStatus.TERMINAL, Map.of("message", "other")));
        assertTrue(e.getMessage().contains("'message'"), e.getMessage());
    }
}

package dev.harness4j.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harness4j.InvalidRequestException;
import dev.harness4j.agent.Agent;
import dev.harness4j.agent.AgentToolset;
import dev.harness4j.agent.ModelConfig;
import dev.harness4j.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionRecordTest {
    private static final Instant T0 = Instant.parse("2026-04-08T12:00:00Z");
    private static final Agent AGENT = new Agent("agent_1", "A", null, ModelConfig.of("claude-sonnet-4-6"), "sys",
            List.of(AgentToolset.all().resolved()), List.of(), List.of(), null, Map.of(), 3, T0, T0, null);

    @Test
    void jsonRoundTripWithThePinnedAgentSnapshot() throws Exception {
        SessionRecord record = new SessionRecord("sesn_1", AGENT, "env_1", null, Map.of("k", "v"), T0, T0, null);
        String json = Json.mapper().writeValueAsString(record);
        JsonNode tree = Json.mapper().readTree(json);
        assertEquals("session", tree.get("type").asText());
        assertEquals(3, tree.at("/agent/version").asInt());
        assertEquals("agent", tree.at("/agent/type").asText());
        assertEquals("env_1", tree.get("environment_id").asText());
        assertEquals(true, tree.get("title").isNull());
        assertEquals(record, Json.mapper().readValue(json, SessionRecord.class));
    }

    @Test
    void withersStampUpdatedAt() {
        Instant t1 = T0.plusSeconds(60);
        SessionRecord record = new SessionRecord("sesn_1", AGENT, "env_1", "t", Map.of(), T0, T0, null);
        assertEquals(new SessionRecord("sesn_1", AGENT, "env_1", "u", Map.of(), T0, t1, null),
                record.withTitle("u", t1));
        assertEquals(new SessionRecord("sesn_1", AGENT, "env_1", "t", Map.of(), T0, t1, t1),
                record.withArchivedAt(t1));
        assertThrows(InvalidRequestException.class, () -> new SessionRecord("sesn_1", null, "env_1", null, null, T0,
                T0, null));
    }
}

package dev.harness4j.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harness4j.json.Json;
import dev.harness4j.usage.SessionStats;
import dev.harness4j.usage.SessionUsage;
import java.util.List;
import java.util.Map;

/** Writes the session object (§5.1): the persistent record with the status, stats and usage the log implies. */
final class SessionJson {
    private SessionJson() {
    }

    static String write(SessionRecord record, SessionStatus status, SessionStats stats, SessionUsage usage,
                        List<OutcomeEvaluation> outcomes) {
        ObjectMapper mapper = Json.mapper();
        ObjectNode stored = mapper.valueToTree(record);
        ObjectNode out = mapper.createObjectNode();
        for (Map.Entry<String, JsonNode> field : stored.properties()) {
            if (field.getKey().equals("created_at")) {
                out.set("stats", mapper.valueToTree(stats));
                out.set("usage", mapper.valueToTree(usage));
                out.set("outcome_evaluations", mapper.valueToTree(outcomes));
            }
            out.set(field.getKey(), field.getValue());
            if (field.getKey().equals("title")) {
                out.put("status", status.wireName());
            }
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the session object cannot be written as JSON", e);
        }
    }
}

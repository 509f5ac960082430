package dev.harness4j.outcome;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.harness4j.json.Json;
import java.io.IOException;

/**
 * Reads a grader's reply: the first JSON object in the text that has a {@code result} field (so prose or a code fence
 * around it is tolerated), whose {@code result} is {@code satisfied}, {@code needs_revision} or {@code failed}
 * (case-insensitive) and whose {@code explanation} is a string; the explanation may be left out only when satisfied.
 */
final class VerdictParser {
    /** How many candidate opening braces are tried before giving up (bounds the work on a long reply). */
    private static final int MAX_CANDIDATES = 64;
    /** Reads one value and ignores whatever follows it (prose after the object). */
    private static final ObjectReader READER = Json.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A verdict read from a reply, or the reason none could be read. */
    sealed interface Parsed {
    }

    /** The reply held a valid verdict. */
    record Ok(Verdict verdict, String explanation) implements Parsed {
    }

    /** The reply held no valid verdict; {@code problem} says why, for the retry prompt and the failed explanation. */
    record Problem(String problem) implements Parsed {
    }

    private VerdictParser() {
    }

    static Parsed parse(String reply) {
        if (reply == null || reply.isBlank()) {
            return new Problem("the reply was empty");
        }
        int candidates = 0;
        for (int i = reply.indexOf('{'); i >= 0 && candidates < MAX_CANDIDATES; i = reply.indexOf('{', i + 1)) {
            candidates++;
            JsonNode node = readObjectAt(reply, i);
            if (node != null && node.has("result")) {
                return check(node);
            }
        }
        return new Problem("it holds no JSON object with a \"result\" field");
    }

    private static JsonNode readObjectAt(String text, int start) {
        try (JsonParser parser = READER.createParser(text.substring(start))) {
            JsonNode node = READER.readTree(parser);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Parsed check(JsonNode node) {
        JsonNode result = node.get("result");
        Verdict verdict = result.isTextual() ? Verdict.fromWire(result.textValue()) : null;
        if (verdict == null) {
            return new Problem("\"result\" must be \"satisfied\", \"needs_revision\" or \"failed\", got "
                    + abbreviate(result.toString()));
        }
        JsonNode explanation = node.get("explanation");
        if (explanation == null || explanation.isNull()) {
            return verdict == Verdict.SATISFIED ? new Ok(verdict, "")
                    : new Problem("\"explanation\" is required with result \"" + verdict.wireName() + "\"");
        }
        if (!explanation.isTextual()) {
            return new Problem("\"explanation\" must be a string");
        }
        if (verdict == Verdict.NEEDS_REVISION && explanation.textValue().isBlank()) {
            return new Problem("\"explanation\" must say what to revise with result \"needs_revision\"");
        }
        return new Ok(verdict, explanation.textValue().strip());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

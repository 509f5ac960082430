package dev.harness4j.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.OutcomeResult;
import org.junit.jupiter.api.Test;

/** The grader's reply format: the first JSON object with a result, read strictly. */
class VerdictParserTest {

    private static VerdictParser.Ok ok(String reply) {
        return assertInstanceOf(VerdictParser.Ok.class, VerdictParser.parse(reply), reply);
    }

    private static String problem(String reply) {
        return assertInstanceOf(VerdictParser.Problem.class, VerdictParser.parse(reply), reply).problem();
    }

    @Test
    void readsTheBareObjectAndObjectsWrappedInProseOrFences() {
        assertEquals(new VerdictParser.Ok(Verdict.SATISFIED, "All 10 rows."),
                ok("{\"result\": \"satisfied\", \"explanation\": \"All 10 rows.\"}"));
        assertEquals(new VerdictParser.Ok(Verdict.NEEDS_REVISION, "Only 9 rows."),
                ok("Here is my verdict:\n```json\n{\"result\":\"needs_revision\",\"explanation\":\" Only 9 rows. \"}\n```"
                        + "\nThanks {not json}"));
        assertEquals(Verdict.FAILED, ok("{\"result\":\"FAILED\",\"explanation\":\"The rubric is about images.\"}")
                .verdict());
        assertEquals(new VerdictParser.Ok(Verdict.SATISFIED, ""), ok("{\"result\":\"satisfied\"}"));
    }

    @Test
    void skipsObjectsWithoutAResultAndTakesTheFirstWithOne() {
        assertEquals(Verdict.NEEDS_REVISION, ok("The file {a} has {\"rows\": 9}. {\"result\":\"needs_revision\","
                + "\"explanation\":\"x\"} {\"result\":\"satisfied\"}").verdict());
        assertEquals(Verdict.SATISFIED, ok("{\"verdict\": {\"result\": \"satisfied\", \"explanation\": \"nested\"}}")
                .verdict(), "an object nested in another counts when the outer one has no result");
    }

    @Test
    void namesWhatIsWrong() {
        assertTrue(problem("").contains("empty"));
        assertTrue(problem("Looks good to me!").contains("no JSON object"));
        assertTrue(problem("{\"result\": \"satisfied\"").contains("no JSON object"), "unterminated");
        assertTrue(problem("{\"result\": \"pass\", \"explanation\": \"x\"}").contains("got \"pass\""));
        assertTrue(problem("{\"result\": true}").contains("\"result\" must be"));
        assertTrue(problem("{\"result\": \"needs_revision\"}").contains("\"explanation\" is required"));
        assertTrue(problem("{\"result\": \"failed\", \"explanation\": 3}").contains("must be a string"));
        assertTrue(problem("{\"result\": \"needs_revision\", \"explanation\": \"  \"}").contains("what to revise"));
    }

    @Test
    void verdictsMapToOutcomeResults() {
        assertEquals(OutcomeResult.SATISFIED, Verdict.SATISFIED.toOutcomeResult());
        assertEquals(OutcomeResult.NEEDS_REVISION, Verdict.NEEDS_REVISION.toOutcomeResult());
        assertEquals(OutcomeResult.FAILED, Verdict.FAILED.toOutcomeResult());
        assertEquals("needs_revision", Verdict.NEEDS_REVISION.wireName());
    }
}

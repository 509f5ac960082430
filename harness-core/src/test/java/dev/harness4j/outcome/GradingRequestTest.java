package dev.harness4j.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.UserDefineOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building a grading request from a processed user.define_outcome. */
class GradingRequestTest {
    private static final Instant AT = Instant.parse("2026-05-06T09:00:00Z");

    @Test
    void takesTheOutcomeIdDescriptionAndTextRubric() {
        UserDefineOutcome outcome = new UserDefineOutcome("sevt_1", "outc_1", "Write top3.csv",
                new Rubric.Text("- 3 rows"), null, AT);
        List<Deliverable> files = new ArrayList<>(List.of(Deliverable.text("/mnt/session/outputs/top3.csv", "a")));
        GradingRequest r = GradingRequest.forOutcome(outcome, 2, files, null);
        files.clear();
        assertEquals(new GradingRequest("outc_1", 2, "Write top3.csv", "- 3 rows",
                List.of(Deliverable.text("/mnt/session/outputs/top3.csv", "a")), ""), r);
    }

    @Test
    void refusesAnUnprocessedOutcomeAndAFileRubric() {
        UserDefineOutcome queued = new UserDefineOutcome(null, null, "d", new Rubric.Text("r"), 5, null);
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> GradingRequest.forOutcome(queued, 0, List.of(), ""));
        assertTrue(e.getMessage().contains("no outcome_id"), e.getMessage());
        UserDefineOutcome file = new UserDefineOutcome("sevt_1", "outc_1", "d", new Rubric.File("file_1"), null, AT);
        e = assertThrows(InvalidRequestException.class, () -> GradingRequest.forOutcome(file, 0, List.of(), ""));
        assertTrue(e.getMessage().contains("file rubric"), e.getMessage());
    }
}

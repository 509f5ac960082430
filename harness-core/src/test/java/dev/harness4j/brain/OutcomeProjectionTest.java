package dev.harness4j.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.AgentMessage;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.Event;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.event.OutcomeResult;
import dev.harness4j.event.Rubric;
import dev.harness4j.event.SpanModelRequestEnd;
import dev.harness4j.event.SpanModelRequestStart;
import dev.harness4j.event.SpanOutcomeEvaluationEnd;
import dev.harness4j.event.SpanOutcomeEvaluationStart;
import dev.harness4j.event.UserDefineOutcome;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How outcomes reach the agent: the processed define_outcome and a needs_revision verdict are user input. */
class OutcomeProjectionTest {
    private static final Instant T = Instant.parse("2026-04-08T12:00:00Z");

    @Test
    void theOutcomeAndTheRevisionRequestAreUserMessagesOtherVerdictsAreNot() {
        UserDefineOutcome d = new UserDefineOutcome("sevt_1", "outc_1", "write a poem", new Rubric.Text("rhymes"), 3,
                null);
        List<Event> log = List.of(d, d.stamped("sevt_1", T),
                new SpanModelRequestStart("sevt_2", T),
                new AgentMessage("sevt_3", List.of(ContentBlock.text("draft")), T),
                new SpanModelRequestEnd("sevt_4", "sevt_2", false, ModelUsage.ZERO, T),
                new SpanOutcomeEvaluationStart("sevt_5", "outc_1", 0, T),
                new SpanOutcomeEvaluationEnd("sevt_6", "sevt_5", "outc_1", 0, OutcomeResult.NEEDS_REVISION,
                        "no rhyme", ModelUsage.ZERO, T),
                new SpanModelRequestStart("sevt_7", T),
                new AgentMessage("sevt_8", List.of(ContentBlock.text("rhyming draft")), T),
                new SpanModelRequestEnd("sevt_9", "sevt_7", false, ModelUsage.ZERO, T),
                new SpanOutcomeEvaluationStart("sevt_10", "outc_1", 1, T),
                new SpanOutcomeEvaluationEnd("sevt_11", "sevt_10", "outc_1", 1, OutcomeResult.SATISFIED, "good",
                        ModelUsage.ZERO, T));
        Projection p = new Projection();
        p.advance(ProjectionPairingPropertyTest.view(log));
        List<ChatMessage> m = p.snapshot();
        assertEquals(4, m.size(), m.toString());
        String outcome = ((UserMessage) m.get(0)).singleText();
        assertEquals(OutcomeInput.outcome(d), outcome);
        assertTrue(outcome.contains("write a poem") && outcome.contains("rhymes") && outcome.contains(
                "/mnt/session/outputs/"), outcome);
        assertEquals("draft", ((AiMessage) m.get(1)).text());
        String revision = ((UserMessage) m.get(2)).singleText();
        assertTrue(revision.contains("no rhyme") && revision.contains("iteration 0"), revision);
        assertEquals("rhyming draft", ((AiMessage) m.get(3)).text());
    }
}

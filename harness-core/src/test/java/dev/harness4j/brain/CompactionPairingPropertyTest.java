package dev.harness4j.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.harness4j.event.AgentThreadContextCompacted;
import dev.harness4j.event.Event;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * For generated histories, compactions recorded at any points with cut points chosen by the compactor keep every tool
 * call of the projected request paired with exactly one result, start the request with a user message carrying the
 * summary, and project the same from the log alone (a restarted process) as incrementally.
 */
class CompactionPairingPropertyTest {
    private static final Instant T = Instant.parse("2026-04-08T12:00:00Z");

    @Test
    void compactionNeverSeparatesAToolCallFromItsResult() {
        qt().withFixedSeed(20261121L).withExamples(1000)
                .forAll(SourceDSL.longs().all(), SourceDSL.integers().between(0, 1000),
                        SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(1, 6))
                .checkAssert((seed, at1, at2, keep) -> {
                    List<Event> history = ProjectionPairingPropertyTest.history(seed);
                    int first = at1 % (history.size() + 1);
                    int second = first + at2 % (history.size() - first + 1);
                    List<Event> log = new ArrayList<>();
                    Projection incremental = new Projection();
                    int compactions = 0;
                    for (int i = 0; i <= history.size(); i++) {
                        if (i == first || i == second) {
                            incremental.advance(ProjectionPairingPropertyTest.view(log));
                            int cut = ContextWindow.cutPoint(incremental.committed(), keep);
                            if (cut > 0) {
                                compactions++;
                                log.add(new AgentThreadContextCompacted("sevt_c" + i, 10L, "summary " + compactions,
                                        cut, T));
                            }
                        }
                        if (i < history.size()) {
                            log.add(history.get(i));
                        }
                    }
                    incremental.advance(ProjectionPairingPropertyTest.view(log));
                    List<ChatMessage> request = incremental.snapshot();
                    ProjectionPairingPropertyTest.assertPaired(request);
                    if (compactions > 0) {
                        UserMessage head = assertInstanceOf(UserMessage.class, request.get(0));
                        assertTrue(head.toString().contains("summary " + compactions), head.toString());
                    }
                    Projection rebuilt = new Projection();
                    rebuilt.advance(ProjectionPairingPropertyTest.view(log));
                    assertEquals(request, rebuilt.snapshot(), "a restarted process projects the same request");
                });
    }

    @Test
    void theCutKeepsAtLeastTheRecentMessagesAndNeverStartsTheTailWithAResult() {
        qt().withFixedSeed(7L).withExamples(1000).forAll(SourceDSL.longs().all(), SourceDSL.integers().between(1, 6))
                .checkAssert((seed, keep) -> {
                    Projection p = new Projection();
                    p.advance(ProjectionPairingPropertyTest.view(ProjectionPairingPropertyTest.history(seed)));
                    List<ChatMessage> messages = p.committed();
                    int cut = ContextWindow.cutPoint(messages, keep);
                    if (cut > 0) {
                        assertTrue(messages.size() - cut >= keep, "kept " + (messages.size() - cut) + " < " + keep);
                        assertTrue(!(messages.get(cut) instanceof dev.langchain4j.data.message.ToolExecutionResultMessage));
                    }
                });
    }
}

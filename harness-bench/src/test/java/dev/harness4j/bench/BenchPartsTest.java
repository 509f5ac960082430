package dev.harness4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.bench.fake.FakeChatModel;
import dev.harness4j.bench.fake.Script;
import dev.harness4j.bench.fake.SessionHistory;
import dev.harness4j.bench.fake.Workload;
import dev.harness4j.bench.report.Row;
import dev.harness4j.bench.report.Table;
import dev.harness4j.bench.report.Targets;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The parts of the suite that decide what is measured and what the table says. */
class BenchPartsTest {

    @Test
    void theWorkloadFileIsTwoKilobytes() {
        assertEquals(2048, Workload.CONTENT.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aScriptPlaysNToolCallsThenTheAnswerAndStartsOver() {
        Script s = new Script(2);
        assertEquals(0, s.next());
        assertEquals(1, s.next());
        assertEquals(-1, s.next());
        assertEquals(0, s.next());
        s.reset();
        assertEquals(0, s.next());
    }

    @Test
    void theFakeModelCallsTheReadToolThenAnswers() {
        FakeChatModel model = new FakeChatModel(1);
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("hi")).build();
        var first = model.chat(request).aiMessage();
        assertEquals(Workload.TOOL, first.toolExecutionRequests().get(0).name());
        assertEquals(Workload.ARGS_JSON, first.toolExecutionRequests().get(0).arguments());
        assertEquals(Workload.ANSWER, model.chat(request).aiMessage().text());
    }

    @Test
    void aSyntheticExchangeHasExactlyTheRequestedSize() {
        assertEquals(100, new SessionHistory(Clock.systemUTC()).exchange(100).size());
    }

    @Test
    void targetsSayWhetherTheyAreMetAndByHowMuch() {
        Row slow = Targets.atMost(Row.info("2", "create", "h4j", 150, "µs"), 100, "100 µs");
        assertFalse(slow.met());
        assertEquals("missed by 1.50×", slow.ratio());
        Row fast = Targets.atLeast(Row.info("3", "append", "h4j", 300_000, "events/s"), 200_000, "200k events/s");
        assertTrue(fast.met());
        Row none = Targets.atMost(Row.missing("3", "wake", "h4j", "ms", "no result"), 300, "300 ms");
        assertNull(none.met());
    }

    @Test
    void theTableShowsMissingValuesAsDashesWithTheirReason() {
        Table t = new Table();
        t.add(Row.missing("4", "bash", "—", "", "pending"));
        assertTrue(t.markdown().contains("| 4 | bash | — | — |  |  |  | pending |"), t.markdown());
    }
}

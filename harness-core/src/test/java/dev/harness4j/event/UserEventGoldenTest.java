package dev.harness4j.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The golden {@code user.*} events decode to the right records with the right field values. */
class UserEventGoldenTest {

    @Test
    void userMessageFromTheSseExample() {
        UserMessage m = Goldens.roundTrip("user.message", UserMessage.class);
        assertEquals("sevt_01…", m.id());
        assertEquals(List.of(new ContentBlock.Text("ping")), m.content());
        assertEquals(Instant.parse("2026-04-08T12:00:00Z"), m.processedAt());
    }

    @Test
    void queuedUserMessageHasAnIdAndANullProcessedAt() {
        UserMessage m = Goldens.roundTrip("user.message.queued", UserMessage.class);
        assertEquals("sevt_011CZkZVWa6oJjw1rgXZpnBt", m.id());
        assertEquals(List.of(ContentBlock.text("Where is my order #1234?")), m.content());
        assertNull(m.processedAt());
        assertEquals(true, Goldens.tree(EventCodec.get().encode(m)).get("processed_at").isNull());
    }

    @Test
    void userMessageWithImagesFromBase64UrlAndFile() {
        UserMessage m = Goldens.roundTrip("user.message.images", UserMessage.class);
        assertEquals(List.of(
                new ContentBlock.Text("What is in these pictures?"),
                new ContentBlock.Image(new MediaSource.Base64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                        + "2mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "image/png")),
                new ContentBlock.Image(new MediaSource.Url("https://example.com/cat.jpg")),
                new ContentBlock.Image(new MediaSource.File("file_011CNha8iCJcU1wXNR6q4V8w"))), m.content());
        assertEquals(Instant.parse("2026-04-08T12:01:00.125Z"), m.processedAt());
    }

    @Test
    void userMessageWithDocumentsOfEverySourceAndARedaction() {
        UserMessage m = Goldens.roundTrip("user.message.documents", UserMessage.class);
        assertEquals(List.of(
                new ContentBlock.Document(new MediaSource.PlainText("Line one.\nLine two with \"quotes\".", "text/plain"),
                        "notes.txt", "Meeting notes from Tuesday"),
                new ContentBlock.Document(new MediaSource.Base64("JVBERi0xLjQKJcOkw7zDtsOfCg==", "application/pdf"),
                        null, null),
                new ContentBlock.Document(new MediaSource.Url("https://example.com/spec.pdf"), "Spec", null),
                new ContentBlock.Document(new MediaSource.File("file_011CPMxVD3fHLUhvTqtsQA5w"), null,
                        "uploaded earlier"),
                new ContentBlock.Redacted()), m.content());
    }

    @Test
    void userInterruptOfTheWholeSession() {
        UserInterrupt i = Goldens.roundTrip("user.interrupt", UserInterrupt.class);
        assertEquals("sevt_011CZm3c4d5e6f7g8h9i0j1k", i.id());
        assertNull(i.sessionThreadId());
        assertEquals(Instant.parse("2026-04-08T12:03:00.500Z"), i.processedAt());
    }

    @Test
    void queuedUserInterruptOfOneThread() {
        UserInterrupt i = Goldens.roundTrip("user.interrupt.thread", UserInterrupt.class);
        assertEquals("sthr_011CZkZVWa6oJjw1rgXZpnBt", i.sessionThreadId());
        assertNull(i.processedAt());
    }

    @Test
    void toolConfirmationAllow() {
        UserToolConfirmation c = Goldens.roundTrip("user.tool_confirmation.allow", UserToolConfirmation.class);
        assertEquals("sevt_011CZm0toolUse0000000001", c.toolUseId());
        assertEquals(ConfirmationResult.ALLOW, c.result());
        assertNull(c.denyMessage());
        assertNull(c.sessionThreadId());
        assertEquals(Instant.parse("2026-04-08T12:04:00Z"), c.processedAt());
    }

    @Test
    void toolConfirmationDenyWithMessageAndThread() {
        UserToolConfirmation c = Goldens.roundTrip("user.tool_confirmation.deny", UserToolConfirmation.class);
        assertEquals("sevt_011CZm0mcpToolUse00000001", c.toolUseId());
        assertEquals(ConfirmationResult.DENY, c.result());
        assertEquals("Do not touch production; use the staging database.", c.denyMessage());
        assertEquals("sthr_011CZkZVWa6oJjw1rgXZpnBt", c.sessionThreadId());
        assertNull(c.processedAt());
    }

    @Test
    void customToolResultThatIsAnError() {
        UserCustomToolResult r = Goldens.roundTrip("user.custom_tool_result", UserCustomToolResult.class);
        assertEquals("sevt_011CZm0customToolUse0001", r.customToolUseId());
        assertEquals(List.of(ContentBlock.text("Order #1234 not found")), r.content());
        assertEquals(Boolean.TRUE, r.isError());
        assertNull(r.sessionThreadId());
    }

    @Test
    void customToolResultWithSearchResultAndImageBlocks() {
        UserCustomToolResult r = Goldens.roundTrip("user.custom_tool_result.blocks", UserCustomToolResult.class);
        assertEquals(List.of(
                ContentBlock.text("Found 1 result"),
                new ContentBlock.SearchResult("https://shop.example.com/orders/1234", "Order #1234",
                        List.of(new ContentBlock.Text("Shipped on 2026-04-07")),
                        new ContentBlock.SearchResult.Citations(true)),
                new ContentBlock.Image(new MediaSource.Url("https://shop.example.com/orders/1234/label.png"))),
                r.content());
        assertEquals(Boolean.FALSE, r.isError());
        assertEquals("sthr_011CZkZVWa6oJjw1rgXZpnBt", r.sessionThreadId());
        assertNull(r.processedAt());
    }

    @Test
    void defineOutcomeEchoWithTextRubric() {
        UserDefineOutcome o = Goldens.roundTrip("user.define_outcome", UserDefineOutcome.class);
        assertEquals("outc_011CZmA0j1k2l3m4n5o6p7q8", o.outcomeId());
        assertEquals("Write a CSV of the top 10 customers by revenue to /mnt/session/outputs/top10.csv",
                o.description());
        assertEquals(new Rubric.Text("# Rubric\n- exactly 10 rows\n- columns: name, revenue\n"
                + "- sorted by revenue, descending"), o.rubric());
        assertEquals(5, o.maxIterations());
        assertEquals(5, o.effectiveMaxIterations());
        assertEquals(Instant.parse("2026-04-08T12:06:00Z"), o.processedAt());
    }

    @Test
    void defineOutcomeEchoWithFileRubricKeepsMaxIterationsNull() {
        // The reference's echo carries max_iterations as number|null: a null must be written, not dropped.
        UserDefineOutcome o = Goldens.roundTrip("user.define_outcome.file_rubric", UserDefineOutcome.class);
        assertEquals(new Rubric.File("file_011CRubricFile0000000001"), o.rubric());
        assertNull(o.maxIterations());
        assertEquals(UserDefineOutcome.DEFAULT_MAX_ITERATIONS, o.effectiveMaxIterations());
        assertEquals(3, o.effectiveMaxIterations());
        assertEquals(false, EventCodec.get().toTree(o).has("effective_max_iterations"));
        assertEquals(true, EventCodec.get().toTree(o).get("max_iterations").isNull());
    }
}

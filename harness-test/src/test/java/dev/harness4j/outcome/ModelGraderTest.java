package dev.harness4j.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.InvalidRequestException;
import dev.harness4j.event.ModelUsage;
import dev.harness4j.test.model.ScriptedChatModel;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ModelGrader} against a scripted model: what the grader model sees, and how its replies are read. */
class ModelGraderTest {
    private static final String DESCRIPTION = "Write a CSV of the top 3 customers by revenue to "
            + "/mnt/session/outputs/top3.csv";
    private static final String RUBRIC = "# Rubric\n- exactly 3 rows\n- columns: name, revenue";
    private static final String FINAL = "Done: top3.csv has the three customers.";
    private static final String SATISFIED = "{\"result\":\"satisfied\",\"explanation\":\"3 rows, both columns.\"}";

    private static GradingRequest request(List<Deliverable> deliverables) {
        return new GradingRequest("outc_1", 0, DESCRIPTION, RUBRIC, deliverables, FINAL);
    }

    private static String text(ChatMessage m) {
        if (m instanceof SystemMessage s) {
            return s.text();
        }
        if (m instanceof UserMessage u) {
            return u.singleText();
        }
        return ((AiMessage) m).text();
    }

    @Test
    void theGraderSeesOnlyTheDescriptionRubricDeliverablesAndFinalMessage() {
        List<Deliverable> deliverables;
        try (Workspace w = Workspaces.inMemory(InMemoryOptions.defaults())) {
            w.seed("/mnt/session/outputs/top3.csv", "name,revenue\nAda,30\nBo,20\nCy,10\n"
                    .getBytes(StandardCharsets.UTF_8));
            w.seed("/mnt/session/outputs/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
            w.seed("/workspace/scratch.py", "print('agent scratch work')".getBytes(StandardCharsets.UTF_8));
            deliverables = Deliverables.collect(w);
        }
        ScriptedChatModel model = ScriptedChatModel.builder().thenText(SATISFIED).withUsage(900, 40).build();

        GradeResult result = ModelGrader.of(model).grade(request(deliverables));

        assertEquals(new GradeResult(Verdict.SATISFIED, "3 rows, both columns.", ModelUsage.of(900, 40)), result);
        ChatRequest sent = model.lastRequest();
        assertEquals(1, model.requestCount());
        assertEquals(List.of(), sent.toolSpecifications(), "the grader gets no tools");
        assertEquals(2, sent.messages().size(), "a system prompt and one user message, nothing else");
        assertInstanceOf(SystemMessage.class, sent.messages().get(0));
        assertEquals(GradingPrompt.SYSTEM, text(sent.messages().get(0)));
        UserMessage user = assertInstanceOf(UserMessage.class, sent.messages().get(1));
        assertEquals(1, user.contents().size());
        // The whole user message, so that nothing beyond the four parts (and their headings) can slip in.
        assertEquals("""
                # Task description

                Write a CSV of the top 3 customers by revenue to /mnt/session/outputs/top3.csv

                # Rubric

                # Rubric
                - exactly 3 rows
                - columns: name, revenue

                # Deliverables

                ## /mnt/session/outputs/chart.png
                Note: binary file, 5 bytes, not shown

                ## /mnt/session/outputs/top3.csv
                ```
                name,revenue
                Ada,30
                Bo,20
                Cy,10
                ```

                # Final message of the agent

                Done: top3.csv has the three customers.
                """, user.singleText());
        assertTrue(!user.singleText().contains("scratch"), "files outside the outputs directory are not shown");
        model.assertExhausted();
    }

    @Test
    void needsRevisionCarriesTheExplanation() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("Verdict below.\n```json\n{\"result\": \"needs_revision\", \"explanation\": \"Only 2 rows; "
                        + "add the third customer.\"}\n```").withUsage(10, 5).build();
        GradeResult r = ModelGrader.of(model).grade(request(List.of(Deliverable.text("/mnt/session/outputs/top3.csv",
                "name,revenue\nAda,30\nBo,20\n"))));
        assertEquals(Verdict.NEEDS_REVISION, r.verdict());
        assertEquals("Only 2 rows; add the third customer.", r.explanation());
    }

    @Test
    void anUnreadableReplyIsRetriedOnceWithTheProblemNamedAndUsageSummed() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("It looks great to me!").withUsage(100, 10)
                .thenText(SATISFIED).withUsage(120, 12).build();
        GradeResult r = ModelGrader.of(model).grade(request(List.of()));
        assertEquals(new GradeResult(Verdict.SATISFIED, "3 rows, both columns.", ModelUsage.of(220, 22)), r);

        List<ChatMessage> retry = model.requests().get(1).messages();
        assertEquals(4, retry.size(), "the material, the grader's own reply and the correction: " + retry);
        assertEquals(model.requests().get(0).messages(), retry.subList(0, 2));
        assertEquals("It looks great to me!", text(retry.get(2)));
        String correction = text(retry.get(3));
        assertTrue(correction.contains("no JSON object with a \"result\" field"), correction);
        assertTrue(correction.contains("\"needs_revision\""), correction);
        model.assertExhausted();
    }

    @Test
    void aReplyStillUnreadableAfterTheRetryFails() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("{\"result\": \"pass\"}").withUsage(1, 1)
                .thenText("").withUsage(2, 2).build();
        GradeResult r = ModelGrader.of(model).grade(request(List.of()));
        assertEquals(Verdict.FAILED, r.verdict());
        assertEquals("The grader's reply could not be read after 2 attempts: the reply was empty.", r.explanation());
        assertEquals(ModelUsage.of(3, 3), r.usage());
        model.assertExhausted();
    }

    @Test
    void moreRetriesKeepTheWholeCorrectionExchange() {
        ScriptedChatModel model = ScriptedChatModel.builder()
                .thenText("{\"result\": \"pass\"}").thenText("").thenText("still prose").build();
        GradeResult r = ModelGrader.builder(model).retries(2).build().grade(request(List.of()));
        assertEquals("The grader's reply could not be read after 3 attempts: it holds no JSON object with a "
                + "\"result\" field.", r.explanation());
        List<ChatMessage> last = model.requests().get(2).messages();
        assertEquals(6, last.size());
        assertEquals("{\"result\": \"pass\"}", text(last.get(2)));
        assertTrue(text(last.get(3)).contains("got \"pass\""), text(last.get(3)));
        assertEquals("(empty reply)", text(last.get(4)), "an empty reply is replayed as a placeholder");
        assertTrue(text(last.get(5)).contains("the reply was empty"), text(last.get(5)));
        model.assertExhausted();
    }

    @Test
    void withoutRetriesTheFirstUnreadableReplyFails() {
        ScriptedChatModel model = ScriptedChatModel.builder().thenText("{\"result\": \"needs_revision\"}").build();
        GradeResult r = ModelGrader.builder(model).retries(0).build().grade(request(List.of()));
        assertEquals(Verdict.FAILED, r.verdict());
        assertTrue(r.explanation().startsWith("The grader's reply could not be read after 1 attempt: "), r.explanation());
        assertTrue(r.explanation().contains("\"explanation\" is required"), r.explanation());
        model.assertExhausted();
    }

    @Test
    void aFailingModelCallIsAGradingException() {
        ScriptedChatModel model = ScriptedChatModel.builder().thenFail(new IllegalStateException("overloaded"))
                .build();
        GradingException e = assertThrows(GradingException.class,
                () -> ModelGrader.of(model).grade(request(List.of())));
        assertTrue(e.getMessage().contains("outcome outc_1 iteration 0"), e.getMessage());
        assertTrue(e.getMessage().contains("overloaded"), e.getMessage());
    }

    @Test
    void deliverableTextIsCappedAcrossFilesAndFencedAroundBackticks() {
        ScriptedChatModel model = ScriptedChatModel.builder().thenText(SATISFIED).build();
        ModelGrader grader = ModelGrader.builder(model).maxDeliverableChars(12).build();
        grader.grade(request(List.of(
                Deliverable.text("/mnt/session/outputs/a.md", "```java\nx\n```"),
                Deliverable.text("/mnt/session/outputs/b.txt", "0123456789"),
                new Deliverable("/mnt/session/outputs/c.txt", "tail", "truncated: showing the first 4 of 9 bytes"))));
        String user = text(model.lastRequest().messages().get(1));
        assertTrue(user.contains("## /mnt/session/outputs/a.md\nNote: cut: the grader is shown at most 12 characters"
                + " of deliverables in total; 1 more characters of this file are not shown\n````\n```java\nx\n``\n````\n"),
                user);
        assertTrue(user.contains("## /mnt/session/outputs/b.txt\nNote: cut: the grader is shown at most 12 "
                + "characters of deliverables in total; 10 more characters of this file are not shown\n\n"), user);
        assertTrue(user.contains("## /mnt/session/outputs/c.txt\nNote: truncated: showing the first 4 of 9 bytes; cut:"),
                user);
        assertTrue(!user.contains("0123"), user);
    }

    @Test
    void chatRequestShowsTheFirstRequestAndCarriesTheParameters() {
        ChatRequestParameters params = ChatRequestParameters.builder().modelName("grader-model").temperature(0.0)
                .build();
        ScriptedChatModel model = ScriptedChatModel.builder().thenText(SATISFIED).build();
        ModelGrader grader = ModelGrader.builder(model).parameters(params).build();
        ChatRequest preview = grader.chatRequest(request(List.of()));
        grader.grade(request(List.of()));
        assertEquals(preview.messages(), model.lastRequest().messages());
        assertEquals("grader-model", model.lastRequest().parameters().modelName());
        assertTrue(text(preview.messages().get(1)).contains("(No files in /mnt/session/outputs/.)"));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(InvalidRequestException.class, () -> new GradingRequest(" ", 0, "d", "r", List.of(), null));
        assertThrows(InvalidRequestException.class, () -> new GradingRequest("o", -1, "d", "r", List.of(), null));
        assertThrows(InvalidRequestException.class, () -> new GradingRequest("o", 0, "d", "x".repeat(262_145),
                List.of(), null));
        assertThrows(InvalidRequestException.class, () -> new GradingRequest("o", 0, "d", "r",
                java.util.Arrays.asList((Deliverable) null), null));
        assertEquals("", new GradingRequest("o", 0, "d", "r", List.of(), null).finalAgentMessage());
        assertThrows(InvalidRequestException.class, () -> new Deliverable("p", null, null));
        ScriptedChatModel model = ScriptedChatModel.builder().thenText(SATISFIED).build();
        assertThrows(InvalidRequestException.class, () -> ModelGrader.builder(model).retries(4));
        assertThrows(InvalidRequestException.class, () -> ModelGrader.builder(model).maxDeliverableChars(-1));
    }
}

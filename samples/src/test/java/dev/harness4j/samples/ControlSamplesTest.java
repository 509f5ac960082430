package dev.harness4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The approvals, custom-tool and outcome samples run offline and end their turn. */
class ControlSamplesTest {

    @FunctionalInterface
    interface Sample {
        int run() throws Exception;
    }

    private static String capture(Sample sample) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(0, sample.run(), "exit code");
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static BufferedReader terminal(String input) {
        return new BufferedReader(new StringReader(input));
    }

    @Test
    void approvalsWithYesWritesTheFileAfterTheConfirmation() throws Exception {
        String out = capture(() -> Approvals.run(new String[] {"--yes"}, terminal("")));
        assertTrue(out.contains("(permission: ask)"), out);
        assertTrue(out.contains("stop_reason=requires_action"), out);
        assertTrue(out.contains("[user.tool_confirmation] allow"), out);
        assertTrue(out.contains("greeting.txt: hello"), out);
        assertTrue(out.contains("stop_reason=end_turn"), out);
    }

    @Test
    void approvalsAskOnTheTerminalAndADenialWritesNothing() throws Exception {
        String out = capture(() -> Approvals.run(new String[0], terminal("n\n")));
        assertTrue(out.contains("Allow write"), out);
        assertTrue(out.contains("[user.tool_confirmation] deny"), out);
        assertTrue(out.contains("greeting.txt was not written"), out);
        assertTrue(out.contains("The write was denied"), out);
        String yes = capture(() -> Approvals.run(new String[0], terminal("y\n")));
        assertTrue(yes.contains("greeting.txt: hello"), yes);
    }

    @Test
    void theTeamDelegatesToTwoThreadsOnOneWorkspace() throws Exception {
        String out = capture(() -> Team.run(new String[0]));
        assertTrue(out.contains("[session.thread_created] reviewer"), out);
        assertTrue(out.contains("[session.thread_created] test writer"), out);
        assertTrue(out.contains("[agent.thread_message_received] from reviewer: Bug: add returns a - b."), out);
        assertTrue(out.contains("[agent.thread_message_received] from test writer: Wrote tests/CalcTest.java."), out);
        assertTrue(out.contains("tests/CalcTest.java: assert add(2, 2) == 4;"), out);
        assertTrue(out.contains("the new test catches it"), out);
    }

    @Test
    void theCustomToolIsAnsweredInProcessWithoutRequiresAction() throws Exception {
        String out = capture(() -> CustomToolSample.run(new String[0]));
        assertTrue(out.contains("[agent.custom_tool_use] get_weather"), out);
        assertTrue(out.contains("[user.custom_tool_result] " + CustomToolSample.weather("Paris")), out);
        assertTrue(out.contains("The weather tool says: " + CustomToolSample.weather("Paris")), out);
        assertFalse(out.contains("requires_action"), out);
        assertTrue(out.contains("stop_reason=end_turn"), out);
    }

    @Test
    void theCustomToolCanBeAnsweredThroughEvents() throws Exception {
        String out = capture(() -> CustomToolSample.run(new String[] {"--events"}));
        assertTrue(out.contains("stop_reason=requires_action"), out);
        assertTrue(out.contains("[user.custom_tool_result] " + CustomToolSample.weather("Paris")), out);
        assertTrue(out.contains("stop_reason=end_turn"), out);
    }

    @Test
    void theOutcomeIsRevisedOnceThenSatisfied() throws Exception {
        String out = capture(() -> OutcomeSample.run(new String[0]));
        assertTrue(out.contains("[user.define_outcome] outc"), out);
        assertTrue(out.contains("[span.outcome_evaluation_start]"), out);
        assertTrue(out.contains("iteration 0: needs_revision - The file has two lines"), out);
        assertTrue(out.contains("iteration 1: satisfied - Three lines about the sea."), out);
        assertTrue(out.contains("the sea keeps its time"), out);
        assertTrue(out.contains(": satisfied after iteration 1"), out);
        assertTrue(out.contains("stop_reason=end_turn"), out);
    }
}

package dev.harness4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.event.Event;
import dev.harness4j.event.EventCodec;
import dev.harness4j.event.SessionStatusIdle;
import dev.harness4j.event.StopReason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart runs offline, ends in end_turn, writes the 20 numbers, and --json prints only reference events. */
class QuickstartTest {

    private static String run(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(0, Quickstart.run(args), "exit code");
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonModePrintsOneReferenceEventPerLineEndingInEndTurn() throws Exception {
        List<Event> events = new ArrayList<>();
        for (String line : run("--json").split("\n")) {
            events.add(EventCodec.get().decode(line));
        }
        Event last = events.get(events.size() - 1);
        assertTrue(last instanceof SessionStatusIdle idle && idle.stopReason() instanceof StopReason.EndTurn, last.toString());
    }

    @Test
    void theFileHoldsTheFirstTwentyFibonacciNumbers(@TempDir Path dir) throws Exception {
        String out = run("--workdir", dir.toString());
        assertTrue(out.contains("[session.status_idle] stop_reason=end_turn"), out);
        assertTrue(out.contains("SCRIPTED"), "the offline brain says it is scripted");
        List<String> lines = Files.readAllLines(dir.resolve("fibonacci.txt"));
        assertEquals(List.of("0", "1", "1", "2", "3", "5", "8", "13", "21", "34", "55", "89", "144", "233", "377",
                "610", "987", "1597", "2584", "4181"), lines);
    }
}

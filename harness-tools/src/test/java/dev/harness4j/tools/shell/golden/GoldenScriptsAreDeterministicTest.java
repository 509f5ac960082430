package dev.harness4j.tools.shell.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the golden suite sound: every script run twice through real bash over fresh fixture copies prints the same
 * stdout and exits the same way, and prints something (a script with no output checks little).
 */
class GoldenScriptsAreDeterministicTest {

    @TestFactory
    Stream<DynamicTest> everyScriptIsDeterministicInBash() {
        return GoldenSuite.scripts().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            GoldenSuite.Outcome first = GoldenSuite.runBash(s);
            GoldenSuite.Outcome second = GoldenSuite.runBash(s);
            assertFalse(first.stdout().isEmpty(), s.id() + " prints nothing on stdout; stderr was: " + first.stderr());
            assertEquals(first.exitCode(), second.exitCode(), s.id() + ": exit code differs between two bash runs");
            assertEquals(first.stdout(), second.stdout(),
                    () -> s.id() + ": stdout differs between two bash runs\n" + LineDiff.unified(first.stdout(),
                            second.stdout()));
        }));
    }
}

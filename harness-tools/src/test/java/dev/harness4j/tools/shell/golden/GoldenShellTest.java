package dev.harness4j.tools.shell.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.tools.shell.JavaShell;
import dev.harness4j.tools.shell.ShellLimits;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden suite: every script under {@code golden/} runs through real bash and through {@link JavaShell}, each over
 * a fresh copy of the fixture; stdout and the exit code must be equal (stderr is not compared: messages differ).
 */
class GoldenShellTest {

    /**
     * Deliberate differences between the Java shell and bash, by script id ({@code area/name}) with the reason; every
     * reason is also documented in {@link JavaShell}'s Javadoc. Keep this list short.
     */
    static final Map<String, String> EXCLUDED = Map.of();

    /** A fixed clock so that anything time-dependent in the Java shell is at least stable between runs. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC);

    @TestFactory
    Stream<DynamicTest> everyScriptMatchesBash() {
        return GoldenSuite.scripts().stream()
                .map(s -> DynamicTest.dynamicTest(s.id(), () -> {
                    Assumptions.assumeFalse(EXCLUDED.containsKey(s.id()),
                            () -> "deliberate difference: " + EXCLUDED.get(s.id()));
                    compare(s);
                }));
    }

    @Test
    void exclusionsNameExistingScriptsAndGiveReasons() {
        Set<String> ids = GoldenSuite.scripts().stream().map(GoldenSuite.Script::id).collect(Collectors.toSet());
        for (Map.Entry<String, String> e : EXCLUDED.entrySet()) {
            assertTrue(ids.contains(e.getKey()), "EXCLUDED names no script: " + e.getKey());
            assertTrue(e.getValue().length() >= 10, "EXCLUDED needs a real reason for " + e.getKey());
        }
    }

    @Test
    void suiteHasEnoughScriptsInEveryArea() {
        List<GoldenSuite.Script> scripts = GoldenSuite.scripts();
        assertTrue(scripts.size() >= GoldenSuite.MIN_SCRIPTS,
                "the golden suite needs at least " + GoldenSuite.MIN_SCRIPTS + " scripts, has " + scripts.size());
        Set<String> areas = scripts.stream().map(GoldenSuite.Script::area).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(List.of("quoting", "variables", "expansion", "arithmetic", "control",
                "functions", "pipes", "redirection", "heredoc", "glob", "grep", "sed", "awk", "sort-uniq-cut-tr",
                "head-tail-wc", "find", "ls", "files", "text", "xargs-tee", "diff", "agent"));
        Assertions.assertEquals(expected, areas, "golden areas");
    }

    private static void compare(GoldenSuite.Script script) throws Exception {
        GoldenSuite.Outcome actual = Assertions.assertTimeoutPreemptively(GoldenSuite.TIMEOUT.plusSeconds(2),
                () -> runJava(script), script.id() + ": the Java shell did not finish within " + GoldenSuite.TIMEOUT);
        GoldenSuite.Outcome expected = GoldenSuite.runBash(script);
        if (expected.exitCode() != actual.exitCode() || !expected.stdout().equals(actual.stdout())) {
            Assertions.fail(GoldenSuite.report(script, expected, actual));
        }
    }

    private static GoldenSuite.Outcome runJava(GoldenSuite.Script script) {
        try (Workspace workspace = Workspaces.inMemory(InMemoryOptions.defaults())) {
            GoldenSuite.seed(workspace);
            try (JavaShell shell = new JavaShell(workspace, CLOCK, ShellLimits.DEFAULTS)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = shell.run(script.text(), out, err, GoldenSuite.TIMEOUT, () -> false);
                return new GoldenSuite.Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                        code);
            }
        }
    }
}

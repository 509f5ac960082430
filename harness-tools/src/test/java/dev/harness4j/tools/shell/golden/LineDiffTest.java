package dev.harness4j.tools.shell.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void marksRemovedAddedAndCommonLines() {
        assertEquals("  a\n- b\n+ B\n  c\n+ d\n", LineDiff.unified("a\nb\nc\n", "a\nB\nc\nd\n"));
        assertEquals("  x\n", LineDiff.unified("x\n", "x\n"));
        assertEquals("- x\n+ x\\ no newline at end\n", LineDiff.unified("x\n", "x"));
    }

    @Test
    void reportShowsScriptExitCodesAndBothOutputs() {
        GoldenSuite.Script script = new GoldenSuite.Script("grep", "basic", "grep x f\n");
        String report = GoldenSuite.report(script, new GoldenSuite.Outcome("x\n", "", 0),
                new GoldenSuite.Outcome("y\n", "oops\n", 1));
        assertTrue(report.contains("golden script grep/basic\n---- script ----\ngrep x f\n"), report);
        assertTrue(report.contains("---- exit code: bash 0, java 1"), report);
        assertTrue(report.contains("- x\n+ y\n"), report);
        assertTrue(report.contains("---- java stderr ----\noops\n"), report);
    }
}

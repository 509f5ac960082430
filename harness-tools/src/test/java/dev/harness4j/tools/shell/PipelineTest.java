package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pipelines run concurrently through bounded pipes, as subshells, and leave no threads behind. */
@Timeout(60)
class PipelineTest {
    private final ShellFixture f = new ShellFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void stagesStreamMoreThanThePipeHolds() {
        assertEquals("200000\n", f.out("seq 1 200000 | cat | wc -l"));
        assertEquals("1\n2\n3\n", f.out("seq 1 100000000 | head -n 3"));
    }

    @Test
    void stagesAreSubshells() {
        assertEquals("[]\n", f.out("echo a | read v; echo \"[$v]\""));
        assertEquals("got a\n", f.out("echo a | { read v; echo got $v; }"));
    }

    @Test
    void statusIsTheLastStageUnlessPipefail() {
        assertEquals("0\n1\n", f.out("false | true; echo $?; true | false; echo $?"));
        assertEquals("0\n", f.out("! false | false; echo $?"));
        assertEquals("stderr-through\n", f.out("{ echo stderr-through >&2; } 2>&1 | cat"));
        assertEquals("both\n", f.out("{ echo both >&2; } |& cat"));
    }

    @Test
    void threadsEndWithTheShell() throws Exception {
        f.out("seq 1 1000 | cat | cat > /dev/null");
        f.shell.close();
        long alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("harness4j-shell-") && t.isAlive()).count();
        assertTrue(alive == 0 || waitForThreads(), "pipeline threads still alive");
    }

    private static boolean waitForThreads() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean any = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("harness4j-shell-") && t.isAlive());
            if (!any) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}

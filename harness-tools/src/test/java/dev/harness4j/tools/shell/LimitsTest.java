package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.tools.bash.ShellTimeoutException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runaway scripts stop at the limits with a message, and the shell stays usable afterwards. */
@Timeout(60)
class LimitsTest {

    @Test
    void infiniteLoopStopsAtTheIterationLimit() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(1_000_000, 1000, 1 << 20, 50, 1 << 20))) {
            ShellFixture.Result r = f.run("x=1; while true; do :; done; echo never");
            assertEquals(1, r.status());
            assertEquals("", r.out());
            assertEquals("bash: harness4j limit reached: more than 1000 loop iterations "
                    + "(ShellLimits.maxLoopIterations)\n", r.err());
            assertEquals("1\n", f.out("echo $x"));
        }
    }

    @Test
    void commandLimitCountsEverySimpleCommand() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(50, 100_000, 1 << 20, 50, 1 << 20))) {
            ShellFixture.Result r = f.run("for i in {1..100}; do echo $i; done");
            assertEquals(1, r.status());
            assertTrue(r.err().contains("more than 50 commands (ShellLimits.maxCommands)"), r.err());
            assertTrue(r.out().startsWith("1\n2\n") && r.out().endsWith("50\n"), r.out());
        }
    }

    @Test
    void fiftyMegabytesOfOutputStopAtTheCapWithoutBuffering() {
        long cap = 1 << 20;
        try (ShellFixture f = new ShellFixture(new ShellLimits(10_000_000, 10_000_000, cap, 50, 1 << 20))) {
            AtomicLong written = new AtomicLong();
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    written.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    written.addAndGet(len);
                }
            };
            StringBuilder err = new StringBuilder();
            OutputStream errs = new OutputStream() {
                @Override
                public void write(int b) {
                    err.append((char) b);
                }
            };
            String script = "s=0123456789; s=$s$s$s$s$s$s$s$s$s$s; s=$s$s$s$s$s$s$s$s$s$s; "
                    + "for ((i=0;i<50000;i++)); do echo \"$s$s$s$s$s$s$s$s$s$s\"; done";
            int status = f.shell.run(script, counting, errs, Duration.ofSeconds(30), () -> false);
            assertEquals(1, status);
            assertTrue(written.get() <= cap, "wrote " + written.get());
            assertTrue(written.get() > cap - 1100, "wrote " + written.get());
            assertTrue(err.toString().contains("more than " + cap + " bytes of output (ShellLimits.maxOutputBytes)"),
                    err.toString());
        }
    }

    @Test
    void redirectedOutputCountsToo() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(10_000_000, 10_000_000, 10_000, 50, 1 << 20))) {
            ShellFixture.Result r = f.run("while :; do echo 0123456789 >> big.txt; done");
            assertEquals(1, r.status());
            assertTrue(r.err().contains("ShellLimits.maxOutputBytes"), r.err());
            long n = Long.parseLong(f.out("n=0; while read -r l; do n=$((n+${#l}+1)); done < big.txt; echo $n")
                    .trim());
            assertTrue(n <= 10_000 && n > 9_000, "file holds " + n + " bytes");
        }
    }

    @Test
    void runawayRecursionStopsAtTheDepthLimit() {
        try (ShellFixture f = new ShellFixture()) {
            ShellFixture.Result r = f.run("f(){ f; }; f");
            assertEquals(1, r.status());
            assertEquals("bash: harness4j limit reached: more than 100 nested calls (ShellLimits.maxCallDepth)\n",
                    r.err());
            assertEquals("0\n", f.out("echo $#"));
            assertEquals("ok\n", f.out("g(){ echo ok; }; g"));
        }
    }

    @Test
    void runawaySubstitutionNestingStopsToo() {
        try (ShellFixture f = new ShellFixture()) {
            ShellFixture.Result r = f.run("f(){ echo $(f); }; f");
            assertEquals(1, r.status());
            assertTrue(r.err().contains("ShellLimits.maxCallDepth"), r.err());
        }
    }

    @Test
    void longStringsStopAtTheStringLimit() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(100_000, 100_000, 1 << 20, 50, 1000))) {
            ShellFixture.Result r = f.run("s=x; while :; do s=$s$s; done");
            assertEquals(1, r.status());
            assertTrue(r.err().contains("ShellLimits.maxStringLength"), r.err());
        }
    }

    @Test
    void timeoutThrowsAndTheShellStaysUsable() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(Long.MAX_VALUE, Long.MAX_VALUE, 1 << 20, 50,
                1 << 20))) {
            f.run("cd /workspace; mkdir_not_needed=1; x=before");
            assertThrows(ShellTimeoutException.class,
                    () -> f.run("while :; do x=during; done", Duration.ofMillis(200), () -> false));
            assertEquals("during\n", f.out("echo $x"));
        }
    }

    @Test
    void timeoutStopsAPipelineBlockedOnAFullPipe() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(Long.MAX_VALUE, Long.MAX_VALUE, 1 << 20, 50,
                1 << 20))) {
            assertThrows(ShellTimeoutException.class, () -> f.run("seq 1 100000000 | { while :; do :; done; }",
                    Duration.ofMillis(300), () -> false));
            assertEquals("ok\n", f.out("echo ok"));
        }
    }

    @Test
    void cancellationThrowsCancellationException() {
        try (ShellFixture f = new ShellFixture(new ShellLimits(Long.MAX_VALUE, Long.MAX_VALUE, 1 << 20, 50,
                1 << 20))) {
            AtomicInteger polls = new AtomicInteger();
            assertThrows(CancellationException.class, () -> f.run("while :; do :; done", Duration.ofSeconds(30),
                    () -> polls.incrementAndGet() > 1000));
            assertEquals("ok\n", f.out("echo ok"));
        }
    }

    @Test
    void brokenPipeEndsTheWriterQuickly() {
        try (ShellFixture f = new ShellFixture()) {
            assertEquals("1\n0\n", f.out("seq 1 100000000 | head -1; echo $?"));
            assertEquals("141\n", f.out("set -o pipefail; seq 1 100000000 | head -1 >/dev/null; echo $?"));
            assertEquals("141\n", f.out("while :; do echo y; done | head -n 2 > /dev/null; set -o pipefail;"
                    + " while :; do echo y; done | head -n 2 >/dev/null; echo $?"));
        }
    }
}

package dev.harness4j.tools.bash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bash tool over a fake shell: input validation, the persistent shell, restarts, output shaping, failures. */
class BashToolTest {
    private Workspace workspace;
    private StandaloneToolContext context;

    @BeforeEach
    void setUp() {
        workspace = Workspaces.inMemory(InMemoryOptions.defaults());
        context = StandaloneToolContext.of(workspace);
    }

    @AfterEach
    void tearDown() {
        context.close();
        workspace.close();
    }

    private static ToolCall call(Object... keyValues) {
        Map<String, Object> input = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            input.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall("toolu_1", "bash", input);
    }

    /** A fake whose commands are {@code cd X} (remembered), {@code pwd}, {@code print TEXT} and {@code exit N}. */
    private static FakeShells echoing() {
        return new FakeShells((shell, command, out, timeout, ctx) -> {
            if (command.startsWith("cd ")) {
                shell.state = command.substring(3);
                return 0;
            }
            if (command.equals("pwd")) {
                out.write((shell.state + "\n").getBytes(StandardCharsets.UTF_8));
                return 0;
            }
            if (command.startsWith("print ")) {
                out.write(command.substring(6).getBytes(StandardCharsets.UTF_8));
                return 0;
            }
            if (command.startsWith("exit ")) {
                out.write("failing\n".getBytes(StandardCharsets.UTF_8));
                return Integer.parseInt(command.substring(5));
            }
            return 127;
        });
    }

    @Test
    void oneShellServesEveryCallOfTheSession() {
        FakeShells shells = echoing();
        BashTool tool = new BashTool(shells, 1024);
        assertEquals(ToolResult.ok(BashTool.NO_OUTPUT), tool.execute(call("command", "cd /workspace/sub"), context));
        assertEquals(ToolResult.ok("/workspace/sub\n"), tool.execute(call("command", "pwd"), context));
        assertEquals(1, shells.opened.size());
    }

    @Test
    void restartClosesTheShellAndOpensAFreshOne() {
        FakeShells shells = echoing();
        BashTool tool = new BashTool(shells, 1024);
        tool.execute(call("command", "cd /tmp"), context);
        assertEquals(ToolResult.ok("shell restarted"), tool.execute(call("restart", true), context));
        assertTrue(shells.opened.get(0).closed);
        assertEquals(ToolResult.ok("\n"), tool.execute(call("command", "pwd"), context));
        assertEquals(2, shells.opened.size());

        assertEquals(ToolResult.ok("\n"), tool.execute(call("command", "pwd", "restart", true), context),
                "restart with a command runs it in the new shell");
        assertEquals(3, shells.opened.size());
        assertTrue(shells.opened.get(1).closed);
    }

    @Test
    void closingTheSessionClosesTheShell() {
        FakeShells shells = echoing();
        new BashTool(shells, 1024).execute(call("command", "pwd"), context);
        context.close();
        assertTrue(shells.opened.get(0).closed);
    }

    @Test
    void inputIsValidatedBeforeAnyShellIsOpened() {
        FakeShells shells = echoing();
        BashTool tool = new BashTool(shells, 1024);
        assertError(tool.execute(call(), context), "give a command to run");
        assertError(tool.execute(call("restart", false), context), "give a command to run");
        assertError(tool.execute(call("command", "  "), context), "command is empty");
        assertError(tool.execute(call("command", 42), context), "command must be a string");
        assertError(tool.execute(call("command", "pwd", "restart", "yes"), context), "restart must be a boolean");
        assertError(tool.execute(call("command", "pwd", "timeout_ms", 0), context), "timeout_ms must be positive");
        assertError(tool.execute(call("command", "pwd", "timeout_ms", -5), context), "timeout_ms must be positive");
        assertError(tool.execute(call("command", "pwd", "timeout_ms", 600_001), context), "at most 600000");
        assertError(tool.execute(call("command", "pwd", "timeout_ms", 1.5), context), "timeout_ms must be an integer");
        assertError(tool.execute(call("command", "a\0b"), context), "NUL");
        assertTrue(shells.opened.isEmpty());
    }

    @Test
    void theTimeoutDefaultsTo120sAndIsPassedThrough() {
        AtomicReference<Duration> seen = new AtomicReference<>();
        BashTool tool = new BashTool(new FakeShells((s, c, out, timeout, ctx) -> {
            seen.set(timeout);
            return 0;
        }), 1024);
        tool.execute(call("command", "x"), context);
        assertEquals(Duration.ofMillis(120_000), seen.get());
        tool.execute(call("command", "x", "timeout_ms", 600_000), context);
        assertEquals(Duration.ofMillis(600_000), seen.get());
    }

    @Test
    void aNonZeroExitIsAnErrorCarryingTheOutputAndTheCode() {
        BashTool tool = new BashTool(echoing(), 1024);
        assertEquals(ToolResult.error("failing\n[exit code: 2]"), tool.execute(call("command", "exit 2"), context));
        BashTool noNewline = new BashTool(new FakeShells((s, c, out, t, x) -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            return 127;
        }), 1024);
        try (StandaloneToolContext fresh = StandaloneToolContext.of(workspace)) {
            assertEquals(ToolResult.error("partial\n[exit code: 127]"), noNewline.execute(call("command", "x"), fresh));
        }
        BashTool silent = new BashTool(new FakeShells((s, c, out, t, x) -> 1), 1024);
        try (StandaloneToolContext fresh = StandaloneToolContext.of(workspace)) {
            assertEquals(ToolResult.error("[exit code: 1]"), silent.execute(call("command", "false"), fresh));
        }
    }

    @Test
    void aTimeoutDiscardsTheShellAndReportsThePartialOutput() {
        FakeShells shells = new FakeShells((s, c, out, timeout, ctx) -> {
            if (c.equals("slow")) {
                out.write("so far\n".getBytes(StandardCharsets.UTF_8));
                throw new ShellTimeoutException(timeout);
            }
            return 0;
        });
        BashTool tool = new BashTool(shells, 1024);
        assertEquals(ToolResult.error("bash: command timed out after 1500 ms; the shell was restarted\nso far\n"),
                tool.execute(call("command", "slow", "timeout_ms", 1500), context));
        assertTrue(shells.opened.get(0).closed);
        assertFalse(tool.execute(call("command", "fast"), context).isError());
        assertEquals(2, shells.opened.size());
    }

    @Test
    void aCancellationClosesTheShellAndSaysSo() {
        FakeShells shells = new FakeShells((s, c, out, timeout, ctx) -> {
            out.write("started\n".getBytes(StandardCharsets.UTF_8));
            throw new CancellationException("cancelled");
        });
        ToolResult r = new BashTool(shells, 1024).execute(call("command", "sleep 100"), context);
        assertTrue(r.isError());
        assertTrue(r.text().startsWith("bash: interrupted;"), r.text());
        assertTrue(r.text().endsWith("\nstarted\n"), r.text());
        assertTrue(shells.opened.get(0).closed);
    }

    @Test
    void anUnavailableShellIsAnErrorNamingTheFix() {
        BashTool tool = new BashTool(ctx -> {
            throw new ShellUnavailableException("no jail; " + Bubblewrap.INSTALL_HINT);
        }, 1024);
        assertEquals(ToolResult.error("bash: no jail; install bubblewrap: apt-get install -y bubblewrap"),
                tool.execute(call("command", "ls"), context));
    }

    @Test
    void ansiEscapesAreStripped() {
        BashTool tool = new BashTool(new FakeShells((s, c, out, t, x) -> {
            out.write("\u001b[1;31mred\u001b[0m plain \u001b]0;title\u0007done\n".getBytes(StandardCharsets.UTF_8));
            return 0;
        }), 1024);
        assertEquals(ToolResult.ok("red plain done\n"), tool.execute(call("command", "x"), context));
    }

    @Test
    void fiftyMegabytesOfOutputKeepTheTailBehindAMarkerWithoutGrowingTheHeap() {
        int cap = 100 * 1024;
        long total = 50L * 1024 * 1024;
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        BashTool tool = new BashTool(new FakeShells((s, c, out, t, x) -> {
            for (long written = 0; written < total; written += chunk.length) {
                out.write(chunk);
            }
            out.write("THE END\n".getBytes(StandardCharsets.UTF_8));
            return 0;
        }), cap);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        long before = threads.getCurrentThreadAllocatedBytes();
        ToolResult r = tool.execute(call("command", "yes a | head -c 50M"), context);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertFalse(r.isError());
        String text = r.text();
        long dropped = total + 8 - cap;
        String marker = "[output truncated: " + dropped + " bytes dropped]\n";
        assertTrue(text.startsWith(marker), text.substring(0, 80));
        assertEquals(cap, text.length() - marker.length());
        assertTrue(text.endsWith("aaaTHE END\n"));
        assertTrue(allocated < 8L * 1024 * 1024, "the tool allocated " + allocated + " bytes for 50 MiB of output");
    }

    @Test
    void sessionsGetTheirOwnShells() {
        FakeShells shells = echoing();
        BashTool tool = new BashTool(shells, 1024);
        tool.execute(call("command", "cd /a"), context);
        try (StandaloneToolContext other = StandaloneToolContext.builder(workspace).sessionId("sesn_other").build()) {
            assertEquals(ToolResult.ok("\n"), tool.execute(call("command", "pwd"), other));
        }
        assertEquals(ToolResult.ok("/a\n"), tool.execute(call("command", "pwd"), context));
        assertEquals(2, shells.opened.size());
    }

    private static void assertError(ToolResult r, String fragment) {
        assertTrue(r.isError(), r.text());
        assertTrue(r.text().startsWith("bash: "), r.text());
        assertTrue(r.text().contains(fragment), r.text());
    }
}

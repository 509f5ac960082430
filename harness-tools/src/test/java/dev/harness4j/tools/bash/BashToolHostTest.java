package dev.harness4j.tools.bash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.hands.ToolCall;
import dev.harness4j.hands.ToolResult;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash tool on a host directory: the shell factory's choices and the tool over a real jailed shell. */
class BashToolHostTest {
    @TempDir
    Path tmp;
    private Workspace workspace;
    private StandaloneToolContext context;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspaces.hostDirectory(Files.createDirectories(tmp.resolve("ws")), tmp.resolve("session"));
        context = StandaloneToolContext.of(workspace);
    }

    @AfterEach
    void tearDown() {
        context.close();
        workspace.close();
    }

    private static ToolCall bash(String command) {
        return new ToolCall("toolu_1", "bash", Map.of("command", command));
    }

    private static ToolCall bash(String command, long timeoutMs) {
        return new ToolCall("toolu_1", "bash", Map.of("command", command, "timeout_ms", timeoutMs));
    }

    @Test
    void withoutBubblewrapAHostDirectoryIsRefusedWithTheFix() {
        AtomicInteger probes = new AtomicInteger();
        WorkspaceShellFactory factory = new WorkspaceShellFactory(HostShellMode.JAILED_ONLY, () -> {
            probes.incrementAndGet();
            return Optional.empty();
        });
        BashTool tool = new BashTool(factory, 1024);
        ToolResult r = tool.execute(bash("echo hi"), context);
        assertTrue(r.isError());
        assertTrue(r.text().contains("install bubblewrap: apt-get install -y bubblewrap"), r.text());
        tool.execute(bash("echo again"), context);
        assertEquals(1, probes.get(), "bubblewrap is probed once per factory");
    }

    @Test
    void theUnconfinedOptInRunsBashInTheWorkspaceDirectory() throws Exception {
        WorkspaceShellFactory factory = new WorkspaceShellFactory(HostShellMode.UNCONFINED_WITHOUT_BUBBLEWRAP,
                Optional::empty);
        BashTool tool = new BashTool(factory, 1024);
        Path real = tmp.resolve("ws").toRealPath();
        assertEquals(ToolResult.ok(real + "\n" + real + "\n"), tool.execute(bash("pwd; echo $HOME"), context));
        assertEquals(ToolResult.ok("C.UTF-8\n"), tool.execute(bash("export X=1; echo $LANG"), context));
        assertEquals(ToolResult.ok("1\n"), tool.execute(bash("echo $X"), context));
    }

    private BashTool jailedTool() {
        WorkspaceShellFactory factory = new WorkspaceShellFactory(HostShellMode.JAILED_ONLY);
        Assumptions.assumeTrue(factory.bubblewrap().isPresent(), "bubblewrap is not available here");
        return new BashTool(factory, BashTool.DEFAULT_MAX_OUTPUT_BYTES);
    }

    @Test
    void theJailedShellThroughTheTool() {
        BashTool tool = jailedTool();
        assertEquals(ToolResult.ok("/workspace/d\n"), tool.execute(bash("mkdir -p d && cd d && pwd"), context));
        assertEquals(ToolResult.ok("/workspace/d\n"), tool.execute(bash("pwd"), context));
        assertEquals(ToolResult.error("ls: cannot access 'nope': No such file or directory\n[exit code: 2]"),
                tool.execute(bash("ls nope"), context));
        assertEquals(ToolResult.ok("red\n"), tool.execute(bash("printf '\\033[31mred\\033[0m\\n'"), context));
        assertEquals(ToolResult.ok(BashTool.NO_OUTPUT), tool.execute(bash("true"), context));
    }

    @Test
    void fiftyMegabytesFromARealCommandKeepTheTail() {
        BashTool tool = jailedTool();
        ToolResult r = tool.execute(bash("head -c 52428800 /dev/zero | tr '\\0' a; echo; echo END"), context);
        assertFalse(r.isError());
        long dropped = 52428800L + 5 - BashTool.DEFAULT_MAX_OUTPUT_BYTES;
        assertTrue(r.text().startsWith("[output truncated: " + dropped + " bytes dropped]\naaa"),
                r.text().substring(0, 60));
        assertTrue(r.text().endsWith("aaa\nEND\n"));
    }

    @Test
    void aTimeoutThroughTheToolRestartsTheShell() {
        BashTool tool = jailedTool();
        tool.execute(bash("export KEPT=yes"), context);
        ToolResult r = tool.execute(bash("echo begun; sleep 30", 500), context);
        assertEquals(ToolResult.error("bash: command timed out after 500 ms; the shell was restarted\nbegun\n"), r);
        assertEquals(ToolResult.ok("gone\n"), tool.execute(bash("echo ${KEPT:-gone}"), context));
    }
}

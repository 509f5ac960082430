package dev.harness4j.tools.bash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.environment.Networking;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jailed host shell: what a command can see, write and reach, and that its state persists. Needs bubblewrap. */
class HostShellJailTest {
    private static Path bwrap;

    @TempDir
    Path tmp;
    private Path workspaceDir;
    private Path sessionDir;
    private Workspace workspace;
    private StandaloneToolContext context;
    private HostShell shell;

    @BeforeAll
    static void needsBubblewrap() {
        Optional<Path> probed = Jails.bubblewrap();
        Assumptions.assumeTrue(probed.isPresent(), "bubblewrap is not available here");
        bwrap = probed.get();
    }

    @BeforeEach
    void setUp() throws Exception {
        workspaceDir = Files.createDirectories(tmp.resolve("ws"));
        sessionDir = tmp.resolve("session");
        workspace = Workspaces.hostDirectory(workspaceDir, sessionDir);
        context = StandaloneToolContext.of(workspace);
        shell = Jails.jailed(bwrap, workspace, Networking.NONE);
    }

    @AfterEach
    void tearDown() {
        shell.close();
        context.close();
        workspace.close();
    }

    @Test
    void cwdAndExportedVariablesPersistAcrossCalls() throws Exception {
        Files.createDirectories(workspaceDir.resolve("sub"));
        assertEquals(0, Jails.run(shell, "cd sub && export FOO=bar && BAR=baz", context).status());
        assertEquals(new Jails.Run(0, "/workspace/sub bar baz\n"), Jails.run(shell, "echo $PWD $FOO $BAR", context));
    }

    @Test
    void outputIsExactAndStatusIsReturned() throws Exception {
        assertEquals(new Jails.Run(0, "abc"), Jails.run(shell, "printf abc", context));
        assertEquals(new Jails.Run(0, "a\n\n"), Jails.run(shell, "printf 'a\\n\\n'", context));
        assertEquals(new Jails.Run(3, "out\nerr\n"), Jails.run(shell, "echo out; echo err >&2; (exit 3)", context));
        assertEquals(new Jails.Run(0, "it's\n"), Jails.run(shell, "echo \"it's\"", context));
        assertEquals(new Jails.Run(0, ""), Jails.run(shell, "cat", context), "stdin is /dev/null");
    }

    @Test
    void aSyntaxErrorDoesNotEndTheShell() throws Exception {
        Jails.run(shell, "export KEEP=1; cd /tmp", context);
        Jails.Run bad = Jails.run(shell, "if then fi (", context);
        assertEquals(2, bad.status());
        assertTrue(bad.output().contains("syntax error"), bad.output());
        assertEquals(new Jails.Run(0, "1 /tmp\n"), Jails.run(shell, "echo $KEEP $PWD", context));
    }

    @Test
    void exitEndsTheShellAndTheNextCallStartsAFreshOne() throws Exception {
        Jails.run(shell, "cd /tmp", context);
        Jails.Run exited = Jails.run(shell, "echo bye; exit 5", context);
        assertEquals(5, exited.status());
        assertEquals("bye\n" + HostShell.EXITED_NOTICE, exited.output());
        assertEquals(new Jails.Run(0, "/workspace\n"), Jails.run(shell, "pwd", context));
    }

    @Test
    void theSentinelCannotBeSpoofedByTheCommandsOutput() throws Exception {
        String fake = "\n" + SentinelScanner.PREFIX + "00000000000000000000000000000000_0\n";
        Jails.Run r = Jails.run(shell, "printf '" + fake.replace("\n", "\\n") + "'; printf '\\n"
                + SentinelScanner.PREFIX + "'; echo after; exit_code=7; (exit $exit_code)", context);
        assertEquals(7, r.status());
        assertEquals(fake + "\n" + SentinelScanner.PREFIX + "after\n", r.output());
        assertEquals(new Jails.Run(0, "still here\n"), Jails.run(shell, "echo still here", context));
    }

    @Test
    void theShellOutlivesTheThreadThatStartedIt() throws Exception {
        // bubblewrap's --die-with-parent fires when the spawning *thread* ends, not only the JVM
        Thread first = new Thread(() -> {
            try {
                Jails.run(shell, "export SURVIVED=yes", context);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        first.start();
        first.join();
        // the thread's native exit lags join(): keep checking for a while that the shell's state is still there
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        do {
            assertEquals(new Jails.Run(0, "yes\n"), Jails.run(shell, "echo ${SURVIVED:-restarted}", context));
        } while (System.nanoTime() < end);
    }

    @Test
    void hostEtcIsNotVisible() throws Exception {
        Jails.Run r = Jails.run(shell, "cat /etc/passwd", context);
        assertNotEquals(0, r.status());
        assertTrue(r.output().contains("No such file"), r.output());
        assertEquals(new Jails.Run(0, "2\n"), Jails.run(shell, "awk 'BEGIN { print 1 + 1 }'", context),
                "awk resolves through /etc/alternatives");
    }

    @Test
    void writesOutsideTheWritableMountsFail() throws Exception {
        assertNotEquals(0, Jails.run(shell, "echo x > /usr/h4j-x", context).status());
        assertNotEquals(0, Jails.run(shell, "echo x > /h4j-x", context).status());
        assertNotEquals(0, Jails.run(shell, "mkdir /etc", context).status());
        assertFalse(Files.exists(Path.of("/usr/h4j-x")));
        assertFalse(Files.exists(Path.of("/h4j-x")));
    }

    @Test
    void tmpIsPrivate() throws Exception {
        String name = "h4j-private-" + nonce();
        assertEquals(new Jails.Run(0, "x\n"), Jails.run(shell, "echo x > /tmp/" + name + " && cat /tmp/" + name,
                context));
        assertFalse(Files.exists(Path.of("/tmp", name)), "the jail's /tmp write must not reach the host");
    }

    @Test
    void uploadsAreReadOnlyWhileWorkspaceAndOutputsAreWritable() throws Exception {
        workspace.seed("/mnt/session/uploads/in.txt", "upload".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Jails.Run(0, "upload"), Jails.run(shell, "cat /mnt/session/uploads/in.txt", context));
        Jails.Run refused = Jails.run(shell, "echo x > /mnt/session/uploads/in.txt", context);
        assertNotEquals(0, refused.status());
        assertTrue(refused.output().contains("Read-only file system"), refused.output());
        assertEquals("upload", Files.readString(sessionDir.resolve("uploads/in.txt")));

        assertEquals(0, Jails.run(shell, "echo w > /workspace/w.txt && echo o > /mnt/session/outputs/o.txt",
                context).status());
        assertEquals("w\n", Files.readString(workspaceDir.resolve("w.txt")));
        assertEquals("o\n", Files.readString(sessionDir.resolve("outputs/o.txt")));
    }

    @Test
    void thereIsNoNetworkUnlessUnrestricted() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String connect = "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected";
            Jails.Run refused = Jails.run(shell, connect, context);
            assertNotEquals(0, refused.status(), refused.output());
            try (HostShell limited = Jails.jailed(bwrap, workspace, Networking.limited(java.util.List.of("x.org")))) {
                assertNotEquals(0, Jails.run(limited, connect, context).status());
            }
            // the control: with the network shared, the same command reaches the listener
            try (HostShell open = Jails.jailed(bwrap, workspace, Networking.UNRESTRICTED)) {
                assertEquals(new Jails.Run(0, "connected\n"), Jails.run(open, connect, context));
            }
        }
    }

    @Test
    void theEnvironmentIsScrubbed() throws Exception {
        Jails.Run r = Jails.run(shell, "env", context);
        assertEquals(0, r.status());
        Set<String> allowed = Set.of("PATH", "HOME", "LANG", "TERM", "PS1", "PWD", "SHLVL", "_", "OLDPWD");
        Map<String, String> host = System.getenv();
        Assumptions.assumeTrue(host.keySet().stream().anyMatch(k -> !allowed.contains(k)));
        for (String key : host.keySet()) {
            if (!allowed.contains(key)) {
                assertFalse(r.output().contains(key + "="), "host variable " + key + " leaked into the jail");
            }
        }
        assertTrue(r.output().contains("PATH=" + ShellLaunch.PATH + "\n"), r.output());
        assertTrue(r.output().contains("HOME=/workspace\n"), r.output());
    }

    static String nonce() {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

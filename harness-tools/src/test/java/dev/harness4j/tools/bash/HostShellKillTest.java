package dev.harness4j.tools.bash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.harness4j.environment.Networking;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeout, a cancellation or closing the shell leaves no process behind, not even one that ignores SIGTERM and
 * runs in the background; the jailed shell and the unconfined one alike.
 */
class HostShellKillTest {
    private static final Duration GONE_DEADLINE = Duration.ofSeconds(20);

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

    private HostShell jailed() {
        Optional<Path> bwrap = Jails.bubblewrap();
        Assumptions.assumeTrue(bwrap.isPresent(), "bubblewrap is not available here");
        return Jails.jailed(bwrap.get(), workspace, Networking.NONE);
    }

    private HostShell unconfined() {
        return new HostShell(ShellLaunch.unconfined(workspace, Bubblewrap.find("setsid").orElse(null)));
    }

    private static String orphanCommand(String marker) {
        return "(trap '' TERM; exec -a " + marker + " sleep 1000) & sleep 1000";
    }

    @Test
    void aTimeoutKillsTheBackgroundSleeperThatIgnoresTerm() throws Exception {
        timeoutLeavesNothingBehind(jailed());
    }

    @Test
    void anUnconfinedShellTimeoutKillsItsTreeToo() throws Exception {
        timeoutLeavesNothingBehind(unconfined());
    }

    private void timeoutLeavesNothingBehind(HostShell shell) throws Exception {
        try (shell) {
            assertEquals(0, Jails.run(shell, "export MARK=old", context).status());
            String marker = "h4j-orphan-" + HostShellJailTest.nonce();
            CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
                try {
                    return Jails.run(shell, orphanCommand(marker), Duration.ofSeconds(4), context);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Jails.awaitCondition(() -> exists(marker), Duration.ofSeconds(4), "the sleeper never started");
            assertInstanceOf(ShellTimeoutException.class, call.get(30, TimeUnit.SECONDS));
            Jails.awaitCondition(() -> !exists(marker), GONE_DEADLINE, "the orphan survived the timeout");
            assertEquals(new Jails.Run(0, "fresh\n"), Jails.run(shell, "echo ${MARK:-fresh}", context),
                    "the next call starts a new shell");
        }
    }

    @Test
    void cancellingKillsTheTree() throws Exception {
        try (HostShell shell = jailed()) {
            String marker = "h4j-orphan-" + HostShellJailTest.nonce();
            CompletableFuture<Jails.Run> call = CompletableFuture.supplyAsync(() -> {
                try {
                    return Jails.run(shell, orphanCommand(marker), Duration.ofSeconds(60), context);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Jails.awaitCondition(() -> exists(marker), Duration.ofSeconds(10), "the sleeper never started");
            context.cancellation().cancel();
            ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
            assertInstanceOf(CancellationException.class, e.getCause());
            Jails.awaitCondition(() -> !exists(marker), GONE_DEADLINE, "the orphan survived the cancellation");
        }
    }

    @Test
    void closeKillsABackgroundJobLeftByAFinishedCommand() throws Exception {
        HostShell shell = jailed();
        String marker = "h4j-orphan-" + HostShellJailTest.nonce();
        assertEquals(0, Jails.run(shell, "(trap '' TERM; exec -a " + marker + " sleep 1000) >/dev/null 2>&1 &",
                context).status());
        Jails.awaitCondition(() -> exists(marker), Duration.ofSeconds(10), "the sleeper never started");
        shell.close();
        Jails.awaitCondition(() -> !exists(marker), GONE_DEADLINE, "the background job survived close()");
    }

    private static boolean exists(String marker) {
        try {
            return Jails.processWithMarkerExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

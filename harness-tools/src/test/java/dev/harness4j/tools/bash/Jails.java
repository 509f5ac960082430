package dev.harness4j.tools.bash;

import dev.harness4j.environment.Networking;
import dev.harness4j.hands.StandaloneToolContext;
import dev.harness4j.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;

/** Helpers for host-shell tests: the probed bubblewrap (once per test JVM run, held by the test class) and waits. */
final class Jails {
    private Jails() {
    }

    /** Probes bubblewrap; tests that need it assume it is present. */
    static Optional<Path> bubblewrap() {
        return Bubblewrap.probe();
    }

    /** A jailed shell over {@code workspace}. */
    static HostShell jailed(Path bwrap, Workspace workspace, Networking networking) {
        return new HostShell(ShellLaunch.bubblewrap(bwrap, workspace, networking));
    }

    /** The result of one command. */
    record Run(int status, String output) {
    }

    /** Runs a command with a 20 s timeout. */
    static Run run(ShellSession shell, String command, StandaloneToolContext context) throws IOException {
        return run(shell, command, Duration.ofSeconds(20), context);
    }

    /** Runs a command. */
    static Run run(ShellSession shell, String command, Duration timeout, StandaloneToolContext context)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = shell.run(command, out, timeout, context);
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    /** Whether any process on this machine has {@code marker} in its command line. */
    static boolean processWithMarkerExists(String marker) throws IOException {
        try (var dirs = Files.list(Path.of("/proc"))) {
            return dirs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(p -> cmdlineContains(p, marker));
        }
    }

    private static boolean cmdlineContains(Path proc, String marker) {
        try {
            byte[] raw = Files.readAllBytes(proc.resolve("cmdline"));
            return new String(raw, StandardCharsets.UTF_8).contains(marker);
        } catch (IOException e) {
            return false; // the process ended while we looked
        }
    }

    /** Waits (polling, with a generous deadline) until {@code condition} holds, else fails with {@code message}. */
    static void awaitCondition(BooleanSupplier condition, Duration deadline, String message) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                Assertions.fail(message);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Assertions.fail("interrupted while waiting: " + message);
            }
        }
    }
}

package dev.harness4j.tools.bash;

import dev.harness4j.hands.ToolContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent {@code /bin/bash} process for a host-directory workspace, normally jailed by bubblewrap (see
 * {@link ShellLaunch}). Started on the first call. Each call is sent as
 * {@code eval '<command>' </dev/null 2>&1; printf '\n__h4j_done_<nonce>_%d\n' $?} with a fresh random nonce, and
 * output is read until that marker; {@code eval} keeps a syntax error from ending the shell. A timeout or a
 * cancellation kills the whole process tree; the next call starts a new shell.
 */
final class HostShell implements ShellSession {
    private static final Logger LOG = LoggerFactory.getLogger(HostShell.class);
    private static final int NONCE_BYTES = 16;
    /** Appended to the output when the command ended the shell itself ({@code exit}, {@code set -e}). */
    static final String EXITED_NOTICE = "\n[the shell exited; the next command starts a new shell]\n";

    private final ShellLaunch launch;
    private final SecureRandom random = new SecureRandom();
    private volatile Process process;
    private OutputStream stdin;
    private OutputPump pump;

    HostShell(ShellLaunch launch) {
        this.launch = launch;
    }

    @Override
    public synchronized int run(String command, OutputStream output, Duration timeout, ToolContext context)
            throws IOException {
        if (command.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a command must not contain NUL characters");
        }
        if (context.cancelled()) {
            throw new CancellationException("cancelled before the command started");
        }
        start();
        String nonce = HexFormat.of().formatHex(nextNonce());
        OutputPump pumpOfThisShell = pump;
        OutputPump.Call call = pumpOfThisShell.begin(new SentinelScanner(nonce, output));
        AutoCloseable cancelRegistration = context.onCancel(
                () -> call.status.completeExceptionally(new CancellationException("the call was cancelled")));
        try {
            send(wrap(command, nonce));
            int status = await(call, timeout);
            if (call.shellExited) {
                pumpOfThisShell.end(call);
                kill();
                output.write(EXITED_NOTICE.getBytes(StandardCharsets.UTF_8));
            }
            return status;
        } catch (IOException | RuntimeException e) {
            // detach the output first, so nothing more is written to it, then kill
            pumpOfThisShell.end(call);
            kill();
            throw e;
        } finally {
            pumpOfThisShell.end(call);
            unregister(cancelRegistration);
        }
    }

    private static void unregister(AutoCloseable registration) {
        try {
            registration.close();
        } catch (Exception e) {
            LOG.debug("unregistering the cancel action failed", e);
        }
    }

    private int await(OutputPump.Call call, Duration timeout) throws IOException {
        try {
            return call.status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ShellTimeoutException(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the thread running the command was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("reading the shell's output failed", cause);
        }
    }

    /** The command wrapped for the shell: evaluated with stdin from /dev/null, stderr merged, then the marker. */
    static String wrap(String command, String nonce) {
        return "eval '" + command.replace("'", "'\\''") + "' </dev/null 2>&1; "
                + SentinelScanner.markerCommand(nonce) + "\n";
    }

    private byte[] nextNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private void send(String script) throws IOException {
        try {
            stdin.write(script.getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new IOException("the shell is not accepting commands (it exited): " + e.getMessage(), e);
        }
    }

    private void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        kill();
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.directory().toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        CompletableFuture<OutputPump> spawned = new CompletableFuture<>();
        // The process is started by the thread that then reads its output and outlives it: bubblewrap's
        // --die-with-parent kills the jail when the *thread* that spawned it ends, so that must not be a tool call's.
        Thread reader = new Thread(() -> {
            OutputPump started;
            try {
                started = new OutputPump(builder.start());
            } catch (IOException | RuntimeException e) {
                spawned.completeExceptionally(e);
                return;
            }
            spawned.complete(started);
            started.run();
        }, "h4j-bash-shell");
        reader.setDaemon(true);
        reader.start();
        OutputPump started;
        try {
            started = spawned.join();
        } catch (CompletionException e) {
            throw new IOException("cannot start the shell (" + launch.command().get(0) + "): "
                    + e.getCause().getMessage(), e.getCause());
        }
        process = started.process();
        stdin = process.getOutputStream();
        pump = started;
        LOG.debug("started host shell pid {}", process.pid());
    }

    /** Kills the shell and everything it started; the next call starts a new one. */
    private void kill() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        ProcessTrees.kill(p.toHandle());
        try {
            stdin.close();
        } catch (IOException e) {
            LOG.debug("closing the shell's stdin failed", e);
        }
        stdin = null;
    }

    /** Kills the shell at once, even while a call waits on it (that call then ends as if the shell exited). */
    @Override
    public void close() {
        Process p = process;
        if (p != null) {
            ProcessTrees.kill(p.toHandle());
        }
        synchronized (this) {
            kill();
        }
    }
}

package dev.harness4j.tools.bash;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a host shell's output on a thread of its own and hands it to the call that is running, so the caller can
 * wait with a timeout instead of blocking in {@code read}. Output that arrives while no call runs (a background job
 * printing late) is dropped.
 */
final class OutputPump implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputPump.class);
    private static final long EXIT_WAIT_SECONDS = 5;

    private final InputStream in;
    private final Process process;
    private Call current;
    private boolean ended;
    private int exitStatus;

    OutputPump(Process process) {
        this.process = process;
        this.in = process.getInputStream();
    }

    /** The shell process whose output this pump reads. */
    Process process() {
        return process;
    }

    /** One command's wait: its output scanner and the status it ends with. */
    static final class Call {
        final SentinelScanner scanner;
        final CompletableFuture<Integer> status = new CompletableFuture<>();
        /** True when the shell itself exited instead of printing the end marker. */
        volatile boolean shellExited;

        Call(SentinelScanner scanner) {
            this.scanner = scanner;
        }
    }

    /** Starts routing output to a new call (which completes at once if the shell has already ended). */
    synchronized Call begin(SentinelScanner scanner) {
        Call call = new Call(scanner);
        if (ended) {
            call.shellExited = true;
            call.status.complete(exitStatus);
            return call;
        }
        current = call;
        return call;
    }

    /**
     * Stops routing output to {@code call}, passing on any bytes held back as a possible marker (a timeout can end a
     * call mid-line); after this returns the pump never touches its sink again.
     */
    synchronized void end(Call call) {
        if (current == call) {
            current = null;
        }
        try {
            call.scanner.endOfStream();
        } catch (IOException e) {
            LOG.debug("flushing the last output failed", e);
        }
    }

    @Override
    public void run() {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                deliver(buf, n);
            }
        } catch (IOException e) {
            LOG.debug("reading the host shell's output stopped", e);
        }
        finish();
    }

    private synchronized void deliver(byte[] buf, int n) {
        Call call = current;
        if (call == null) {
            return;
        }
        try {
            call.scanner.feed(buf, 0, n);
        } catch (IOException e) {
            current = null;
            call.status.completeExceptionally(e);
            return;
        }
        if (call.scanner.done()) {
            current = null;
            call.status.complete(call.scanner.status());
        }
    }

    /** The output ended: the shell exited (or was killed); the running call learns the shell's exit status. */
    private void finish() {
        int status = waitForExit();
        Call call;
        synchronized (this) {
            ended = true;
            exitStatus = status;
            call = current;
            current = null;
            if (call != null) {
                try {
                    call.scanner.endOfStream();
                } catch (IOException e) {
                    LOG.debug("flushing the last output failed", e);
                }
            }
        }
        if (call != null) {
            call.shellExited = true;
            call.status.complete(status);
        }
    }

    private int waitForExit() {
        try {
            if (process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessTrees.kill(process.toHandle());
        return -1;
    }
}

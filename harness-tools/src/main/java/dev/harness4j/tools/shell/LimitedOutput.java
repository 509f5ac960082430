package dev.harness4j.tools.shell;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream that counts bytes against the call's output limit and stops writing at the cap. */
final class LimitedOutput extends OutputStream {
    private final OutputStream target;
    private final Budget budget;
    private final boolean closeTarget;

    LimitedOutput(OutputStream target, Budget budget, boolean closeTarget) {
        this.target = target;
        this.budget = budget;
        this.closeTarget = closeTarget;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        budget.check();
        long allowed = budget.reserveOutput(len);
        synchronized (target) {
            if (allowed > 0) {
                target.write(b, off, (int) allowed);
            }
        }
        if (allowed < len) {
            throw budget.outputLimit();
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (target) {
            target.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (closeTarget) {
            target.close();
        } else {
            flush();
        }
    }
}

package dev.harness4j.bench.fake;

/**
 * The scripted model's plan for one exchange: {@code n} replies that each call the read tool once, then a final text.
 * It counts replies; {@link #reset()} starts a new exchange. One exchange at a time (the benchmarks are
 * single-threaded per contestant), so a plain counter is enough and costs nothing per call.
 */
public final class Script {
    private final int n;
    private int step;
    private int answered;

    /** A script of {@code n} tool-call replies and a final answer. */
    public Script(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        this.n = n;
    }

    /** The number of tool-call replies per exchange. */
    public int n() {
        return n;
    }

    /** Starts a new exchange. */
    public void reset() {
        step = 0;
        answered = 0;
    }

    /**
     * Checks that the exchange since {@link #reset()} played the whole script (every tool call, then the answer) exactly
     * once, so that a contestant stopping early (a limit, an error) fails the benchmark instead of looking fast.
     */
    public void verifyCompleted() {
        if (answered != 1 || step != 0) {
            throw new IllegalStateException("the exchange did not play the script through: " + answered
                    + " final answer(s), " + step + " of " + n + " tool calls into the next round");
        }
    }

    /** The index of the tool call to return next, or -1 when the next reply is the final answer. */
    public int next() {
        int s = step++;
        if (s < n) {
            return s;
        }
        step = 0; // the exchange is over; a next one starts from the top
        answered++;
        return -1;
    }
}

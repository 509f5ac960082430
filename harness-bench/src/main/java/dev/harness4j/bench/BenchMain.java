package dev.harness4j.bench;

/** Placeholder. */
public final class BenchMain {
    private BenchMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
    }
}

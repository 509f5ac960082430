package dev.harness4j.bench.scenario;

import java.io.PrintStream;
import java.util.Locale;

/** Scenario results as lines {@code RESULT key value unit} on standard output, for the suite runner to parse. */
final class Results {
    private final PrintStream out;

    Results(PrintStream out) {
        this.out = out;
    }

    void put(String key, double value, String unit) {
        out.printf(Locale.ROOT, "RESULT %s %.6f %s%n", key, value, unit);
        out.flush();
    }
}

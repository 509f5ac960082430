package dev.harness4j.bench.report;

import java.util.Locale;

/** The targets: a bound on a value, checked and described the same way in every row. */
public final class Targets {
    private Targets() {
    }

    /** {@code value <= bound}: met, and the ratio to the bound ("0.42x of target" or "missed by 1.8x"). */
    public static Row atMost(Row row, double bound, String unitText) {
        if (Double.isNaN(row.value())) {
            return row.withTarget("≤ " + unitText, null, "");
        }
        boolean met = row.value() <= bound;
        String ratio = met ? fmt(row.value() / bound) + "× of the bound"
                : "missed by " + fmt(row.value() / bound) + "×";
        return row.withTarget("≤ " + unitText, met, ratio);
    }

    /** {@code value >= bound}: met, and the ratio to the bound. */
    public static Row atLeast(Row row, double bound, String unitText) {
        if (Double.isNaN(row.value())) {
            return row.withTarget("≥ " + unitText, null, "");
        }
        boolean met = row.value() >= bound;
        String ratio = met ? fmt(row.value() / bound) + "× the bound"
                : "missed by " + fmt(bound / row.value()) + "×";
        return row.withTarget("≥ " + unitText, met, ratio);
    }

    /** A number with three significant digits, plain notation. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}

package dev.harness4j.bench.report;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a Markdown table, grouped by section, with a header and footnotes. */
public final class Table {
    private final List<Row> rows = new ArrayList<>();

    /** Adds a row. */
    public void add(Row row) {
        rows.add(row);
    }

    /** The rows so far. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table as Markdown. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| # | Measurement | Contestant | Value | Unit | Target | Met? | Ratio |\n");
        sb.append("|---|---|---|--:|---|---|:-:|---|\n");
        for (Row r : rows) {
            String value = Double.isNaN(r.value()) ? "—" : Targets.fmt(r.value());
            String met = r.met() == null ? "" : r.met() ? "✅ yes" : "❌ no";
            String ratio = r.ratio();
            if (!r.note().isEmpty()) {
                ratio = ratio.isEmpty() ? r.note() : ratio + "; " + r.note();
            }
            sb.append("| ").append(r.section()).append(" | ").append(r.measurement()).append(" | ")
                    .append(r.contestant()).append(" | ").append(value).append(" | ").append(r.unit()).append(" | ")
                    .append(r.target()).append(" | ").append(met).append(" | ").append(ratio).append(" |\n");
        }
        return sb.toString();
    }
}

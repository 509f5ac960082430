package dev.harness4j.bench;

import dev.harness4j.bench.micro.LogRead;
import dev.harness4j.bench.report.Row;
import dev.harness4j.bench.report.Table;
import dev.harness4j.bench.report.Targets;
import java.util.Map;
import java.util.Optional;

/** Turns JMH scores and scenario results into the table's rows, with the targets. */
final class Assemble {
    private static final String H4J_MEM = "harness4j (in-memory log)";
    private static final String H4J_FILE = "harness4j (file log, group commit)";
    private static final String ADK = "ADK-java 1.8.0 InMemoryRunner";
    private static final String LC4J = "LangChain4j 1.18 AiServices";

    private final JmhSuite jmh;
    private final Scenarios scenarios;
    private final Table table = new Table();

    Assemble(JmhSuite jmh, Scenarios scenarios) {
        this.jmh = jmh;
        this.scenarios = scenarios;
    }

    Table build() {
        turns();
        sessions();
        log();
        tools();
        concurrency();
        return table;
    }

    // 1. Per-turn overhead -------------------------------------------------------------------------------------------

    private void turns() {
        for (int n : new int[] {10, 1000}) {
            String m = "µs per turn, N = " + fmtN(n) + " ¹";
            Row mem = perTurn(m, H4J_MEM, "Harness4jTurn.exchange", Map.of("n", "" + n, "log", "memory"), n, false);
            Row file = perTurn(m, H4J_FILE, "Harness4jTurn.exchange", Map.of("n", "" + n, "log", "file"), n, false);
            Row adk = perTurn(m, ADK, "AdkTurn.exchange", Map.of("n", "" + n), n, false);
            Row lc4j = perTurn(m, LC4J, "LangChain4jTurn.exchange", Map.of("n", "" + n), n, false);
            table.add(mem);
            table.add(file);
            table.add(speedup(adk, mem, 10));
            table.add(speedup(lc4j, mem, 5));
            String b = "bytes allocated per turn, N = " + fmtN(n) + " ²";
            table.add(perTurn(b, H4J_MEM, "Harness4jTurn.exchange", Map.of("n", "" + n, "log", "memory"), n, true));
            table.add(perTurn(b, H4J_FILE, "Harness4jTurn.exchange", Map.of("n", "" + n, "log", "file"), n, true));
            table.add(perTurn(b, ADK, "AdkTurn.exchange", Map.of("n", "" + n), n, true));
            table.add(perTurn(b, LC4J, "LangChain4jTurn.exchange", Map.of("n", "" + n), n, true));
        }
        for (String logKind : new String[] {"memory", "file"}) {
            double t10 = value("Harness4jTurn.exchange", Map.of("n", "10", "log", logKind)) / 10;
            double t1000 = value("Harness4jTurn.exchange", Map.of("n", "1000", "log", logKind)) / 1000;
            Row flat = Row.info("1", "turn at N = 1,000 ÷ turn at N = 10", logKind.equals("memory") ? H4J_MEM : H4J_FILE,
                    t1000 / t10, "×");
            table.add(Targets.atMost(flat, 1.5, "1.5×"));
            double marginal = (t1000 * 1000 - t10 * 10) / 990;
            table.add(Row.info("1", "marginal µs per turn, turns 11 to 1,000 ⁷", logKind.equals("memory") ? H4J_MEM
                    : H4J_FILE, marginal, "µs"));
        }
    }

    private Row perTurn(String measurement, String contestant, String bench, Map<String, String> params, int n,
                        boolean bytes) {
        Optional<JmhSuite.Score> s = jmh.find(bench, params);
        if (s.isEmpty()) {
            return Row.missing("1", measurement, contestant, bytes ? "B" : "µs", "no result (see the run's failures)");
        }
        double v = bytes ? s.get().bytesPerOp() / n : s.get().score() / n;
        return Row.info("1", measurement, contestant, v, bytes ? "B" : "µs");
    }

    /** The peer's row, with the target "harness4j at least {@code factor}× cheaper". */
    private static Row speedup(Row peer, Row harness4j, double factor) {
        double ratio = peer.value() / harness4j.value();
        String target = "≥ " + Targets.fmt(factor) + "× harness4j";
        if (Double.isNaN(ratio)) {
            return peer.withTarget(target, null, "");
        }
        boolean met = ratio >= factor;
        String text = Targets.fmt(ratio) + "× harness4j (in-memory)" + (met ? "" : "; missed by "
                + Targets.fmt(factor / ratio) + "×");
        return peer.withTarget(target, met, text);
    }

    // 2. Sessions ----------------------------------------------------------------------------------------------------

    private void sessions() {
        table.add(Targets.atMost(jmhRow("2", "create a session (10 seed files, in-memory env)", H4J_MEM,
                "SessionCreate.create", Map.of(), "µs", 1), 100, "100 µs"));
        Row idle = Row.info("2", "heap held by " + fmtN((int) orElse(scenarios.get("idle.sessions"), 10_000))
                + " idle sessions ³", H4J_MEM, scenarios.get("idle.heap"), "MB");
        idle = Targets.atMost(idle, 256, "256 MB");
        double per = scenarios.get("idle.perSession");
        table.add(Double.isNaN(per) ? idle : idle.withNote(Targets.fmt(per) + " KB per session"));
    }

    // 3. Log ---------------------------------------------------------------------------------------------------------

    private void log() {
        table.add(jmhRow("3", "append, 1 event per append", "in-memory log, 1 thread", "LogAppend.memory", Map.of(),
                "events/s", 1));
        table.add(Targets.atLeast(jmhRow("3", "append, 1 event per append", "file log, group commit, 8 threads ⁴",
                "LogAppend.fileGroupCommit", Map.of(), "events/s", 1), 200_000, "200k events/s"));
        table.add(Targets.atLeast(jmhRow("3", "append, 1 event per append", "file log, fsync per append, 1 thread",
                "LogAppend.fileFsyncEach", Map.of(), "events/s", 1), 10_000, "10k events/s"));
        Row read = jmhRow("3", "read a " + fmtN(LogRead.EVENTS) + "-event session from offset 0", "file log",
                "LogRead.readAll", Map.of(), "ms", 1);
        table.add(Double.isNaN(read.value()) ? read
                : read.withNote(Targets.fmt(LogRead.EVENTS / read.value() * 1000) + " events/s"));
        table.add(Targets.atMost(Row.info("3", "reopen the harness and wake a 100,000-event session ⁵",
                "file store + file log", scenarios.get("wake.median"), "ms"), 300, "300 ms"));
        table.add(Row.info("3", "… first wake in a fresh JVM (class loading included)", "file store + file log",
                scenarios.get("wake.first"), "ms"));
    }

    // 4. Tools -------------------------------------------------------------------------------------------------------

    private void tools() {
        for (String tool : new String[] {"read", "grep", "glob"}) {
            String method = tool.equals("read") ? "readFile" : tool + "Tree";
            for (String fs : new String[] {"jimfs", "host"}) {
                String what = tool.equals("read") ? "read one 1.5 KB file" : tool.equals("grep")
                        ? "grep NOTE over 200 files" : "glob **/*.java over 200 files";
                table.add(jmhRow("4", what, fs.equals("jimfs") ? "Jimfs workspace" : "host directory",
                        "FileTools." + method, Map.of("fs", fs), "µs", 1));
            }
        }
        for (String fs : new String[] {"jimfs", "host"}) {
            table.add(jmhRow("4", "bash: grep -rn, sort, head, wc pipeline over 200 files",
                    fs.equals("jimfs") ? "Java shell on Jimfs" : "jailed /bin/bash on host directory",
                    "FileTools.bashPipeline", Map.of("fs", fs), "µs", 1));
        }
    }

    // 5. Concurrency -------------------------------------------------------------------------------------------------

    private void concurrency() {
        for (String ex : new String[] {"default", "virtual"}) {
            String key = "concurrency." + ex;
            double sessions = scenarios.get(key + ".sessions");
            double wall = scenarios.get(key + ".wall");
            double ideal = scenarios.get(key + ".ideal");
            String m = (Double.isNaN(sessions) ? "?" : fmtN((int) sessions)) + " sessions × 10 turns, model latency"
                    + " 50 ms: wall time ⁶";
            String who = ex.equals("default") ? "default executor (fixed pool, max(2, cores) threads)"
                    : "virtual-thread executor (JDK " + orElseText(scenarios.get(key + ".jdk")) + ")";
            Row r = Double.isNaN(wall) ? Row.missing("5", m, who, "ms", ex.equals("virtual")
                    ? "not run: needs JDK 21+ (pass --jdk PATH)" : "no result")
                    : Row.info("5", m, who, wall, "ms").withTarget("ideal " + Targets.fmt(ideal) + " ms", null,
                    Targets.fmt(wall / ideal) + "× the ideal");
            table.add(r);
        }
    }

    // ----------------------------------------------------------------------------------------------------------------

    private Row jmhRow(String section, String measurement, String contestant, String bench, Map<String, String> params,
                       String unit, double divisor) {
        Optional<JmhSuite.Score> s = jmh.find(bench, params);
        return s.isEmpty() ? Row.missing(section, measurement, contestant, unit, "no result")
                : Row.info(section, measurement, contestant, s.get().score() / divisor, unit);
    }

    private double value(String bench, Map<String, String> params) {
        return jmh.find(bench, params).map(JmhSuite.Score::score).orElse(Double.NaN);
    }

    private static double orElse(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static String orElseText(double v) {
        return Double.isNaN(v) ? "?" : Integer.toString((int) v);
    }

    private static String fmtN(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}

package dev.harness4j.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks one class at a time (so one failure costs one class) and collects their scores. */
final class JmhSuite {
    /** The benchmark classes of the default suite, in table order. */
    static final List<String> CLASSES = List.of(
            "dev.harness4j.bench.turn.Harness4jTurn",
            "dev.harness4j.bench.turn.AdkTurn",
            "dev.harness4j.bench.turn.LangChain4jTurn",
            "dev.harness4j.bench.micro.SessionCreate",
            "dev.harness4j.bench.micro.LogAppend",
            "dev.harness4j.bench.micro.LogRead",
            "dev.harness4j.bench.micro.FileTools");

    /** One benchmark's score: the primary result and the allocation per operation (NaN if unknown). */
    record Score(String benchmark, Map<String, String> params, double score, double error, String unit,
                 double bytesPerOp) {
    }

    private final Profile profile;
    private final String workDir;
    private final PrintStream log;
    private final List<Score> scores = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    JmhSuite(Profile profile, String workDir, PrintStream log) {
        this.profile = profile;
        this.workDir = workDir;
        this.log = log;
    }

    void run(String filter) {
        for (String cls : CLASSES) {
            if (filter != null && !cls.matches(".*(" + filter + ").*")) {
                continue;
            }
            long t0 = System.nanoTime();
            log.println("[bench] JMH " + cls.substring(cls.lastIndexOf('.') + 1) + " ...");
            // ADK's exchange of 1,000 tool calls takes tens of seconds (its cost grows with the square of the
            // session), so each of its iterations is one operation: fewer of them keep the suite within budget.
            boolean slow = cls.endsWith(".AdkTurn");
            // Reading 100,000 events takes seconds per operation until the decoder is compiled, and a harness4j or
            // LangChain4j exchange needs a few hundred runs before its code is compiled: warm these up longer.
            int extraWarmup = cls.endsWith(".LogRead") ? 3
                    : cls.endsWith(".Harness4jTurn") || cls.endsWith(".LangChain4jTurn") ? 2 : 0;
            ChainedOptionsBuilder o = new OptionsBuilder()
                    .include("^" + java.util.regex.Pattern.quote(cls) + "\\.")
                    .forks(profile.forks)
                    .warmupIterations(slow ? Math.max(1, profile.warmupIterations / 2)
                            : profile.warmupIterations + extraWarmup)
                    .warmupTime(TimeValue.milliseconds(profile.warmupMillis))
                    .measurementIterations(slow ? Math.max(1, profile.measurementIterations - 1)
                            : profile.measurementIterations)
                    .measurementTime(TimeValue.milliseconds(profile.measurementMillis))
                    .jvmArgsAppend("-Xmx2g", "-Xms512m", "-Dbench.workdir=" + workDir)
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(false)
                    .verbosity(VerboseMode.SILENT);
            try {
                Collection<RunResult> results = new Runner(o.build()).run();
                for (RunResult r : results) {
                    scores.add(score(r));
                }
                if (results.isEmpty()) {
                    failures.add(cls + ": no result (a benchmark failed; rerun it with -Dbench.verbose)");
                }
            } catch (RunnerException | RuntimeException e) {
                failures.add(cls + ": " + e);
            }
            log.printf("[bench]   done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    private static Score score(RunResult r) {
        String label = r.getParams().getBenchmark();
        Map<String, String> params = new java.util.TreeMap<>();
        for (String key : r.getParams().getParamsKeys()) {
            params.put(key, r.getParams().getParam(key));
        }
        Result<?> primary = r.getPrimaryResult();
        Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return new Score(label, params, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                alloc == null ? Double.NaN : alloc.getScore());
    }

    /** The score of a benchmark method (simple class name + "." + method) with the given parameters. */
    Optional<Score> find(String classAndMethod, Map<String, String> params) {
        return scores.stream()
                .filter(s -> s.benchmark().endsWith("." + classAndMethod))
                .filter(s -> s.params().entrySet().containsAll(params.entrySet()))
                .findFirst();
    }

    List<String> failures() {
        return failures;
    }
}

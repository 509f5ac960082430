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
    private static final String TURN = "dev.harness4j.bench.turn.";
    private static final String MICRO = "dev.harness4j.bench.micro.";

    /**
     * One JMH run: a benchmark class, optionally pinned to one parameter value, with more warm-up or fewer iterations
     * than the profile says. Exchanges of harness4j and LangChain4j need a few hundred runs before their code is
     * compiled, and reading 100,000 events takes seconds per operation until the decoder is: these warm up longer.
     * ADK's exchange of 1,000 tool calls takes tens of seconds (its cost grows with the square of the session), so
     * each of its iterations is a single operation: it runs fewer of them to keep the suite within its budget.
     */
    record Run(String className, String param, String value, int extraWarmup, boolean fewIterations) {
        String label() {
            return className.substring(className.lastIndexOf('.') + 1) + (param == null ? "" : " " + param + "=" + value);
        }
    }

    /** The runs of the suite, in table order. */
    static final List<Run> RUNS = List.of(
            new Run(TURN + "Harness4jTurn", null, null, 2, false),
            new Run(TURN + "AdkTurn", "n", "10", 2, false),
            new Run(TURN + "AdkTurn", "n", "1000", 0, true),
            new Run(TURN + "LangChain4jTurn", null, null, 2, false),
            new Run(MICRO + "SessionCreate", null, null, 0, false),
            new Run(MICRO + "LogAppend", null, null, 0, false),
            new Run(MICRO + "LogRead", null, null, 3, false),
            new Run(MICRO + "FileTools", null, null, 0, false));

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
        for (Run run : RUNS) {
            if (filter != null && !run.className().matches(".*(" + filter + ").*")) {
                continue;
            }
            long t0 = System.nanoTime();
            log.println("[bench] JMH " + run.label() + " ...");
            ChainedOptionsBuilder o = new OptionsBuilder()
                    .include("^" + java.util.regex.Pattern.quote(run.className()) + "\\.")
                    .forks(profile.forks)
                    .warmupIterations(run.fewIterations() ? Math.max(1, profile.warmupIterations / 2)
                            : profile.warmupIterations + run.extraWarmup())
                    .warmupTime(TimeValue.milliseconds(profile.warmupMillis))
                    .measurementIterations(run.fewIterations() ? Math.max(1, profile.measurementIterations - 1)
                            : profile.measurementIterations)
                    .measurementTime(TimeValue.milliseconds(profile.measurementMillis))
                    .jvmArgsAppend("-Xmx2g", "-Xms512m", "-Dbench.workdir=" + workDir)
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(false)
                    .verbosity(Boolean.getBoolean("bench.verbose") ? VerboseMode.NORMAL : VerboseMode.SILENT);
            if (run.param() != null) {
                o.param(run.param(), run.value());
            }
            try {
                Collection<RunResult> results = new Runner(o.build()).run();
                for (RunResult r : results) {
                    scores.add(score(r));
                }
                if (results.isEmpty()) {
                    failures.add(run.label() + ": no result (a benchmark failed; rerun with java -Dbench.verbose=true"
                            + " -jar ... --only " + run.className().substring(run.className().lastIndexOf('.') + 1)
                            + ")");
                }
            } catch (RunnerException | RuntimeException e) {
                failures.add(run.label() + ": " + e);
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

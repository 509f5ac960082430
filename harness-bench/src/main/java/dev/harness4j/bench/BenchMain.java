package dev.harness4j.bench;

import dev.harness4j.bench.report.Row;
import dev.harness4j.bench.report.Table;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Runs the benchmark suite and prints the results table (also written to {@code harness-bench/results/latest.md}).
 * Usage: {@code java -jar harness-bench/target/benchmarks.jar [--full | --smoke] [--only REGEX] [--no-jmh]
 * [--no-scenarios] [--jdk JDK_HOME] [--out FILE]}. It always exits 0 unless the arguments are wrong: benchmarks report, they never fail.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Profile profile = Profile.DEFAULT;
        String only = null;
        String jdk = System.getenv("HARNESS_BENCH_JDK");
        boolean scenariosOn = true;
        boolean jmhOn = true;
        Path base = Files.isDirectory(Path.of("harness-bench")) ? Path.of("harness-bench") : Path.of(".");
        Path out = base.resolve("results").resolve("latest.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> profile = Profile.FULL;
                case "--smoke" -> profile = Profile.SMOKE;
                case "--only" -> only = args[++i];
                case "--no-scenarios" -> scenariosOn = false;
                case "--no-jmh" -> jmhOn = false;
                case "--jdk" -> jdk = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: benchmarks.jar [--full | --smoke] [--only REGEX] [--no-jmh] "
                            + "[--no-scenarios] [--jdk JDK21+_HOME] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        PrintStream log = System.out;
        String workDir = Files.createDirectories(base.resolve("target").resolve("bench-work")).toAbsolutePath()
                .toString();
        Instant started = Instant.now();
        log.println("[bench] profile " + profile.describe() + "; files under " + workDir);

        JmhSuite jmh = new JmhSuite(profile, workDir, log);
        if (jmhOn) {
            jmh.run(only);
        }
        Scenarios scenarios = new Scenarios(workDir, log);
        if (scenariosOn) {
            runScenarios(scenarios, profile, jdk, log);
        }
        Table table = new Assemble(jmh, scenarios).build();
        long seconds = ChronoUnit.SECONDS.between(started, Instant.now());
        String md = Page.render(table, profile, started, seconds, jmh.failures(), scenarios.failures());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        log.println();
        log.println(md);
        log.println("[bench] written to " + out.toAbsolutePath());
        long missed = table.rows().stream().map(Row::met).filter(Boolean.FALSE::equals).count();
        log.printf(Locale.ROOT, "[bench] %d target(s) missed; benchmarks report, they do not fail the build%n", missed);
        System.exit(0);
    }

    private static void runScenarios(Scenarios scenarios, Profile profile, String jdk, PrintStream log) {
        scenarios.run(null, "idle", "10000");
        scenarios.run(null, "wake", "100000", Integer.toString(profile.wakeRounds));
        scenarios.run(null, "concurrency", "default", Integer.toString(profile.defaultExecutorSessions), "10", "50");
        String modern = Scenarios.modernJava(jdk);
        if (modern == null || !modern.isEmpty()) {
            scenarios.run(modern, "concurrency", "virtual", Integer.toString(profile.virtualSessions), "10", "50");
        } else {
            log.println("[bench] no JDK 21+ found for the virtual-thread run (use --jdk PATH)");
        }
    }

}

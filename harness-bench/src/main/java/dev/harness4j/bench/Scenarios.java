package dev.harness4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs each scenario in a fresh JVM and collects its {@code RESULT} lines. */
final class Scenarios {
    private final String workDir;
    private final PrintStream log;
    private final Map<String, Double> values = new HashMap<>();
    private final List<String> failures = new ArrayList<>();

    Scenarios(String workDir, PrintStream log) {
        this.workDir = workDir;
        this.log = log;
    }

    /** Runs a scenario with the given java executable ({@code null}: this JVM's). Returns false if it failed. */
    boolean run(String java, String... args) {
        String exe = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(exe, "-Xmx2g", "-Dbench.workdir=" + workDir,
                "-cp", System.getProperty("java.class.path"), "dev.harness4j.bench.scenario.ScenarioMain"));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        log.println("[bench] scenario " + String.join(" ", args) + (java != null ? " (on " + java + ")" : "") + " ...");
        StringBuilder output = new StringBuilder();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("RESULT ")) {
                        String[] f = line.split(" ");
                        values.put(f[1], Double.parseDouble(f[2]));
                    } else {
                        output.append(line).append('\n');
                    }
                }
            }
            if (!p.waitFor(40, TimeUnit.MINUTES) || p.exitValue() != 0) {
                failures.add(String.join(" ", args) + ": exit " + (p.isAlive() ? "timeout" : p.exitValue()) + "\n"
                        + tail(output.toString()));
                p.destroyForcibly();
                return false;
            }
        } catch (IOException e) {
            failures.add(String.join(" ", args) + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(String.join(" ", args) + ": interrupted");
            return false;
        }
        log.printf("[bench]   done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        return true;
    }

    private static String tail(String s) {
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }

    /** A scenario result, NaN if missing. */
    double get(String key) {
        return values.getOrDefault(key, Double.NaN);
    }

    List<String> failures() {
        return failures;
    }

    /** A java executable of JDK 21 or later: this JVM's, the given one, or one found under /usr/lib/jvm; else null. */
    static String modernJava(String given) {
        if (given != null) {
            Path exe = Path.of(given).resolve("bin").resolve("java");
            return Files.isExecutable(exe) ? exe.toString() : given;
        }
        if (Runtime.version().feature() >= 21) {
            return null;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var dirs = Files.list(jvms)) {
                return dirs.filter(d -> d.getFileName().toString().matches(".*-(2[5-9]|[3-9][0-9])(\\D.*|$)"))
                        .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable)
                        .map(Path::toString).sorted().findFirst().orElse("");
            } catch (IOException e) {
                return "";
            }
        }
        return "";
    }
}

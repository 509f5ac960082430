package dev.harness4j.tools.shell.golden;

import dev.harness4j.workspace.Workspace;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The golden shell suite: scripts under {@code golden/<area>/<name>.sh}, the fixture tree under
 * {@code golden-fixture/}, and how to run a script through real bash over a fresh copy of the fixture.
 */
final class GoldenSuite {
    /** Per-script time limit, for bash and for the Java shell alike. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The least number of scripts the suite must hold. */
    static final int MIN_SCRIPTS = 200;
    /** Where the fixture is copied in the Java shell's workspace (its working directory). */
    static final String WORKSPACE_ROOT = "/workspace";

    private GoldenSuite() {
    }

    /** One golden script. */
    record Script(String area, String name, String text) {
        /** {@code area/name}, the key of {@link GoldenShellTest#EXCLUDED}. */
        String id() {
            return area + "/" + name;
        }
    }

    /** What a run printed on stdout and how it exited. */
    record Outcome(String stdout, String stderr, int exitCode) {
    }

    /** Every script, sorted by area then name. */
    static List<Script> scripts() {
        Path root = resource("golden");
        List<Script> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sh")).sorted().toList()) {
                Path rel = root.relativize(p);
                if (rel.getNameCount() != 2) {
                    throw new IllegalStateException("golden scripts live in golden/<area>/<name>.sh, not " + rel);
                }
                String file = rel.getFileName().toString();
                out.add(new Script(rel.getName(0).toString(), file.substring(0, file.length() - 3),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The fixture's files: path relative to the fixture root (with '/') to content, sorted. */
    static Map<String, byte[]> fixtureFiles() {
        Path root = resource("golden-fixture");
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Seeds the fixture under {@code /workspace} of a (fresh) workspace. */
    static void seed(Workspace workspace) {
        fixtureFiles().forEach((rel, bytes) -> workspace.seed(WORKSPACE_ROOT + "/" + rel, bytes));
    }

    /** Copies the fixture into an empty host directory. */
    static void copyFixture(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : fixtureFiles().entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }

    /**
     * Runs a script through {@code /bin/bash --noprofile --norc} in a fresh temporary directory holding the fixture,
     * with the environment {@code LC_ALL=C TZ=UTC PATH=/usr/bin:/bin HOME=<dir>} and stdin from /dev/null.
     */
    static Outcome runBash(Script script) throws IOException, InterruptedException {
        Path base = Files.createTempDirectory("golden-");
        try {
            Path work = Files.createDirectory(base.resolve("w"));
            copyFixture(work);
            Path file = base.resolve("script.sh");
            Files.writeString(file, script.text(), StandardCharsets.UTF_8);
            Path out = base.resolve("stdout");
            Path err = base.resolve("stderr");
            ProcessBuilder pb = new ProcessBuilder("/bin/bash", "--noprofile", "--norc", file.toString())
                    .directory(work.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("LC_ALL", "C");
            env.put("TZ", "UTC");
            env.put("PATH", "/usr/bin:/bin");
            env.put("HOME", work.toString());
            Process process = pb.start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                throw new AssertionError(script.id() + ": real bash did not finish within " + TIMEOUT);
            }
            return new Outcome(Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.exitValue());
        } finally {
            deleteTree(base);
        }
    }

    /** A readable report of two outcomes: the script, both exit codes, both stdouts and a line diff. */
    static String report(Script script, Outcome expected, Outcome actual) {
        StringBuilder sb = new StringBuilder();
        sb.append("golden script ").append(script.id()).append('\n');
        sb.append("---- script ----\n").append(script.text());
        if (!script.text().endsWith("\n")) {
            sb.append('\n');
        }
        sb.append("---- exit code: bash ").append(expected.exitCode()).append(", java ").append(actual.exitCode())
                .append('\n');
        sb.append("---- diff of stdout (- bash, + java) ----\n").append(LineDiff.unified(expected.stdout(),
                actual.stdout()));
        sb.append("---- bash stdout ----\n").append(expected.stdout());
        sb.append("\n---- java stdout ----\n").append(actual.stdout());
        sb.append("\n---- java stderr ----\n").append(actual.stderr());
        return sb.toString();
    }

    private static Path resource(String name) {
        URL url = GoldenSuite.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource '" + name + "' is missing from the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}

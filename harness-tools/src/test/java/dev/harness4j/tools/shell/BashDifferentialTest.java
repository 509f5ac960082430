package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script of {@code differential.txt} (builtins only) and {@code differential-utilities.txt} (builtins plus
 * cat, seq, head -n, wc -l, which the test doubles of {@link TestCommands} mimic), scripts separated by {@code #####}
 * lines, through the Java shell and through {@code /bin/bash} in an empty temporary directory with an empty
 * environment, and compares stdout and exit status. Skipped where {@code /bin/bash} is missing.
 */
class BashDifferentialTest {

    @TestFactory
    Stream<DynamicTest> sameStdoutAndStatusAsBash() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "/bin/bash is not installed");
        StringBuilder corpus = new StringBuilder();
        for (String resource : List.of("differential.txt", "differential-utilities.txt")) {
            try (InputStream in = BashDifferentialTest.class.getResourceAsStream(resource)) {
                corpus.append(corpus.length() == 0 ? "" : "\n#####\n")
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing());
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        String[] scripts = corpus.toString().split("\n#####\n");
        for (int i = 0; i < scripts.length; i++) {
            String script = scripts[i];
            String name = "#" + i + " " + script.lines().findFirst().orElse("");
            tests.add(DynamicTest.dynamicTest(name.length() > 80 ? name.substring(0, 80) : name,
                    () -> compare(script)));
        }
        return tests.stream();
    }

    private static void compare(String script) throws Exception {
        String expected = bash(script);
        String actual;
        try (ShellFixture f = new ShellFixture()) {
            ShellFixture.Result r = f.run(script);
            actual = r.out() + "[status " + r.status() + "]";
        }
        assertEquals(expected, actual, script);
    }

    /** Stdout and status of {@code script} under {@code env -i LC_ALL=C PATH=/usr/bin:/bin HOME=<tmp> bash -c}. */
    static String bash(String script) throws Exception {
        Path dir = Files.createTempDirectory("harness4j-bash-");
        try {
            ProcessBuilder pb = new ProcessBuilder("env", "-i", "LC_ALL=C", "PATH=/usr/bin:/bin", "HOME=" + dir,
                    "/bin/bash", "-c", script);
            pb.directory(dir.toFile());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("bash did not finish: " + script);
            }
            return new String(out, StandardCharsets.UTF_8) + "[status " + p.exitValue() + "]";
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}

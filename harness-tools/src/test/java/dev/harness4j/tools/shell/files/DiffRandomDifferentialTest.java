package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Random pairs of small files diffed by GNU diff and by the Java diff, normal and unified output. */
class DiffRandomDifferentialTest {
    private static final int ROUNDS = Integer.getInteger("diff.rounds", 150);


    @Test
    void randomFilesDiffLikeGnu() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/diff")), "GNU diffutils are needed");
        Random random = new Random(42);
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, String> fixture = new TreeMap<>();
            fixture.put("x", randomText(random));
            fixture.put("y", randomText(random));
            for (String flags : new String[] {"", "-u", "-U1", "-c", "-C0"}) {
                List<String> argv = flags.isEmpty() ? List.of("diff", "x", "y") : List.of("diff", flags, "x", "y");
                Differential.Outcome expected = Differential.real(argv, null, fixture);
                Differential.Outcome actual = Differential.java(argv, null, fixture);
                String e = expected.out().replaceAll("\t.*", "");
                String a = actual.out().replaceAll("\t.*", "");
                if (!e.equals(a) || expected.status() != actual.status()) {
                    mismatches++;
                    if (report.length() < 4000) {
                        report.append("x=").append(fixture.get("x").replace("\n", "|")).append(" y=")
                                .append(fixture.get("y").replace("\n", "|")).append(' ').append(flags)
                                .append("\nGNU:\n").append(e).append("ours:\n").append(a).append('\n');
                    }
                }
            }
        }
        assertEquals(0, mismatches, report.toString());
    }

    private static String randomText(Random random) {
        int n = random.nextInt(random.nextBoolean() ? 9 : 40);
        int letters = 2 + random.nextInt(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(letters))).append('\n');
        }
        if (n > 0 && random.nextInt(6) == 0) {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }
}

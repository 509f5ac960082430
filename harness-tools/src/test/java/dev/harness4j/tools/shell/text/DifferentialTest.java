package dev.harness4j.tools.shell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each case of {@code shell-text/*.cases} through our command and through the real GNU tool (LC_ALL=C, mawk as
 * awk, bash's printf) over the same files, and compares stdout and exit status byte for byte. Skipped when the real
 * tools are not installed. Case syntax: one command per line, shell-quoted words, optional leading {@code <FILE}
 * for stdin; {@code #} comments.
 */
class DifferentialTest {

    static Map<String, byte[]> fixtures() {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("lines.txt", "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\n".getBytes());
        f.put("words.txt", "the quick brown fox\njumps over the lazy dog\nThe End\n\nfoo bar  baz\n".getBytes());
        f.put("nums.txt", "10\n9\n2\n33\n-1\n2.5\n1e3\n0x10\n 7\nabc\n10\n".getBytes());
        f.put("csv.txt", "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,rome\ndave,25,oslo\n".getBytes());
        f.put("dup.txt", "a\na\nb\nB\nb\nc\na\n".getBytes());
        f.put("nonl.txt", "first\nsecond\nno newline".getBytes());
        f.put("empty.txt", new byte[0]);
        f.put("tabs.txt", "a\tb\tc\n1\t2\t3\nx\t\tz\n".getBytes());
        f.put("code.c", "#include <stdio.h>\nint main(void) {\n    printf(\"hi\\n\");\n    return 0;\n}\n".getBytes());
        f.put("bin.dat", new byte[] {'a', 0, 'b', '\n', 'h', 'i', '\n'});
        f.put("sizes.txt", "1K\n2M\n512\n1G\n3K\n100\n".getBytes());
        f.put("ver.txt", "v1.10\nv1.2\nv1.9\nv2.0\n".getBytes());
        f.put("kv.txt", "b 2 x\na 10 y\nc 1 z\na 2 w\nb 10 v\n".getBytes());
        f.put("para.txt", "p1 l1\np1 l2\n\np2 l1\n\n\np3 l1\n".getBytes());
        f.put("dir/a.txt", "hello from a\nbye\n".getBytes());
        f.put("dir/b.md", "hello from b\n".getBytes());
        f.put("dir/sub/c.txt", "deep hello\n".getBytes());
        f.put("dir/skip/d.txt", "hello skipped\n".getBytes());
        f.put("prog.awk", "{ n += NF } END { print n, NR }\n".getBytes());
        f.put("complex.awk", String.join("\n",
                "# word statistics",
                "function max(a, b) {",
                "    return a > b ? a : b",
                "}",
                "function join(arr, n, sep,    i, out) {",
                "    out = arr[1]",
                "    for (i = 2; i <= n; i++)",
                "        out = out sep arr[i]",
                "    return out",
                "}",
                "BEGIN { longest = 0 }",
                "NF == 0 { blank++; next }",
                "{",
                "    for (i = 1; i <= NF; i++) {",
                "        w = tolower($i)",
                "        if (w ~ /^[a-z]+$/)",
                "            words[w]++",
                "        else if (w ~ /[0-9]/) {",
                "            nums++",
                "        } else",
                "            other++",
                "        longest = max(longest, length(w))",
                "    }",
                "    n = split($0, parts, / +/)",
                "    printf(\"%d:%s\\n\", NR, join(parts, n, \"|\"))",
                "}",
                "END {",
                "    print \"blank\", blank + 0, \"longest\", longest",
                "    print \"the\", words[\"the\"], (\"fox\" in words) ? \"fox\" : \"no fox\"",
                "    x = y = 3; print x y, x++ + ++y, x, y",
                "    print 10 / 4 / 5, 2 - 3 - 4, (1, 2) in words",
                "}",
                "").getBytes());
        f.put("script.sed", "s/a/A/g\n/beta/d\n".getBytes());
        f.put("pats.txt", "beta\nkappa\n".getBytes());
        return f;
    }

    @TestFactory
    Stream<DynamicTest> realToolsAgree() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/grep")) && Files.isExecutable(Path.of("/usr/bin/mawk"))
                && Files.isExecutable(Path.of("/bin/bash")), "GNU tools not installed");
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : List.of("grep", "sed", "awk", "sort", "misc", "printf")) {
            InputStream in = getClass().getResourceAsStream("/shell-text/" + file + ".cases");
            if (in == null) {
                continue;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String name = file + ":" + (i + 1) + " " + line;
                tests.add(DynamicTest.dynamicTest(name, () -> check(line)));
            }
        }
        return tests.stream();
    }

    private void check(String line) throws Exception {
        boolean sorted = line.startsWith("@sort ");
        List<String> words = ShellWords.split(sorted ? line.substring(6) : line);
        String stdinFile = null;
        if (words.get(0).startsWith("<")) {
            stdinFile = words.remove(0).substring(1);
        }
        Map<String, byte[]> fixtures = fixtures();
        byte[] stdin = stdinFile == null ? new byte[0] : fixtures.get(stdinFile);
        String tool = words.remove(0);
        Result expected = real(tool, words, stdin, fixtures);
        Result actual = ours(tool, words, stdin, fixtures);
        if (sorted) {
            expected = new Result(sortLines(expected.out), expected.status, expected.err);
            actual = new Result(sortLines(actual.out), actual.status, actual.err);
        }
        Result ours = actual;
        assertEquals(expected.out + "\n[exit " + expected.status + "]", actual.out + "\n[exit " + actual.status + "]",
                () -> "stderr: " + ours.err);
    }

    private static String sortLines(String s) {
        return String.join("\n", s.lines().sorted().toList());
    }

    record Result(String out, int status, String err) {
    }

    static Result ours(String tool, List<String> args, byte[] stdin, Map<String, byte[]> fixtures) throws Exception {
        try (Workspace ws = Workspaces.inMemory(InMemoryOptions.defaults())) {
            for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
                ws.seed("/workspace/" + e.getKey(), e.getValue());
            }
            TestShellContext ctx = new TestShellContext(ws, stdin);
            int status = ctx.run(tool, args);
            return new Result(ctx.stdoutText(), status, ctx.stderrText());
        }
    }

    static Result real(String tool, List<String> args, byte[] stdin, Map<String, byte[]> fixtures) throws Exception {
        Path dir = Files.createTempDirectory("shell-text");
        try {
            for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            List<String> cmd = new ArrayList<>();
            switch (tool) {
                case "awk" -> cmd.add("/usr/bin/mawk");
                case "printf" -> cmd.addAll(List.of("/bin/bash", "-c", "printf \"$@\"", "printf"));
                default -> cmd.add(tool);
            }
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().put("LC_ALL", "C");
            Path in = dir.resolve(".stdin");
            Files.write(in, stdin);
            pb.redirectInput(in.toFile());
            Path err = dir.resolve(".stderr");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("real tool hung: " + cmd);
            }
            return new Result(TextIo.decode(out), p.exitValue(), Files.readString(err));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

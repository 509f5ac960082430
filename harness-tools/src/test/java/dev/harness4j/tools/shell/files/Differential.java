package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs one command line both through the Java commands over a fresh in-memory workspace and through the real GNU
 * tool in a temporary host directory holding the same files (LC_ALL=C, TZ=UTC), and compares stdout, the exit
 * status and the resulting tree.
 */
final class Differential {
    static final FileTime MTIME = FileTime.from(Instant.parse("2025-01-15T10:00:00Z"));

    /** The standard fixture: path to content, a trailing slash marks a directory. */
    static final Map<String, String> FIXTURE = fixture();

    private Differential() {
    }

    private static Map<String, String> fixture() {
        Map<String, String> f = new TreeMap<>();
        f.put("a.txt", "hello\n");
        f.put("b.txt", "world\nline2\n\n\n\nlast\n");
        f.put(".hidden", "h\n");
        f.put("src/main.c", "int main(){}\n");
        f.put("src/util/x.h", "");
        f.put("src/util/y.h", "yy\n");
        f.put("src/README", "readme\n");
        f.put("empty/", "");
        f.put("big.bin", "0123456789".repeat(500));
        f.put("Upper.TXT", "UP\n");
        f.put("d1/one.txt", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n");
        f.put("d2/one.txt", "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n");
        f.put("d1/only1", "x\n");
        f.put("d2/only2", "y\n");
        f.put("d1/sub/s.txt", "same\n");
        f.put("d2/sub/s.txt", "Same\n");
        f.put("nonl.txt", "first\nno newline");
        f.put("list.txt", "a.txt b.txt\nsrc/main.c\n");
        return f;
    }

    /** One side's outcome: stdout, status, and the tree afterwards. */
    record Outcome(String out, int status, String tree, String err) {
    }

    static void check(String commandLine, String stdin) {
        check(commandLine, stdin, false);
    }

    /** Compares stderr too (error messages must match the GNU texts). */
    static void checkWithStderr(String commandLine, String stdin) {
        List<String> argv = Words.split(commandLine);
        Outcome expected = real(argv, stdin);
        Outcome actual = java(argv, stdin);
        assertEquals(expected.err(), actual.err(), () -> "stderr of: " + commandLine);
        assertEquals(expected.status(), actual.status(), () -> "status of: " + commandLine);
        assertEquals(expected.out(), actual.out(), () -> "stdout of: " + commandLine);
    }

    /** Compares; {@code anyOrder} sorts the output lines first (find lists directories in on-disk order). */
    static void check(String commandLine, String stdin, boolean anyOrder) {
        check(commandLine, stdin, anyOrder, FIXTURE);
    }

    /** Compares over another fixture (a value {@code "-> target"} makes a symbolic link). */
    static void check(String commandLine, String stdin, boolean anyOrder, Map<String, String> fixture) {
        List<String> argv = Words.split(commandLine);
        // a link's own time cannot be set from Java, so listings over other fixtures compare without dates
        boolean dates = fixture == FIXTURE;
        Outcome expected = sorted(dates ? real(argv, stdin, fixture) : withoutDates(real(argv, stdin, fixture)),
                anyOrder);
        Outcome actual = sorted(dates ? java(argv, stdin, fixture) : withoutDates(java(argv, stdin, fixture)),
                anyOrder);
        assertEquals(expected.status(), actual.status(), () -> "status of: " + commandLine + "\nexpected out:\n"
                + expected.out() + "\nactual out:\n" + actual.out());
        assertEquals(expected.out(), actual.out(), () -> "stdout of: " + commandLine);
        assertEquals(expected.tree(), actual.tree(), () -> "tree after: " + commandLine);
    }

    private static Outcome withoutDates(Outcome o) {
        String out = o.out().replaceAll("[A-Z][a-z]{2} [ \\d]\\d (\\d\\d:\\d\\d|  \\d{4})", "DATE");
        return new Outcome(out, o.status(), o.tree(), o.err());
    }

    private static Outcome sorted(Outcome o, boolean anyOrder) {
        if (!anyOrder) {
            return o;
        }
        List<String> lines = new ArrayList<>(List.of(o.out().split("(?<=[\n\0])")));
        lines.sort(Comparator.naturalOrder());
        return new Outcome(String.join("", lines), o.status(), o.tree(), o.err());
    }

    static Outcome java(List<String> argv, String stdin) {
        return java(argv, stdin, FIXTURE);
    }

    static Outcome java(List<String> argv, String stdin, Map<String, String> fixture) {
        try (TestShell shell = new TestShell()) {
            for (Map.Entry<String, String> e : fixture.entrySet()) {
                if (e.getKey().endsWith("/")) {
                    shell.mkdir(e.getKey());
                } else if (e.getValue().startsWith("-> ")) {
                    Path link = shell.real(".").resolve(e.getKey());
                    Files.createSymbolicLink(link, link.getFileSystem().getPath(e.getValue().substring(3)));
                } else {
                    shell.write(e.getKey(), e.getValue());
                }
            }
            Path root = shell.real("/workspace");
            touchAll(root);
            TestShell.Result r = shell.run(stdin, argv.toArray(String[]::new));
            return new Outcome(r.out(), r.status(), snapshot(root), r.err());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome real(List<String> argv, String stdin) {
        return real(argv, stdin, FIXTURE);
    }

    static Outcome real(List<String> argv, String stdin, Map<String, String> fixture) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("shell-files-diff");
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            for (Map.Entry<String, String> e : fixture.entrySet()) {
                Path p = dir.resolve(e.getKey());
                if (e.getKey().endsWith("/")) {
                    Files.createDirectories(p);
                } else if (e.getValue().startsWith("-> ")) {
                    Files.createSymbolicLink(p, Path.of(e.getValue().substring(3)));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, e.getValue());
                }
            }
            touchAll(dir);
            ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
            pb.environment().put("LC_ALL", "C");
            pb.environment().put("TZ", "UTC");
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the tool did not read its input
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            String text = out.toString(StandardCharsets.ISO_8859_1).replace(" root root ", " user user ")
                    .replace(dir.toString(), "/workspace");
            return new Outcome(text, status, snapshot(dir), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static void touchAll(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setLastModifiedTime(p, MTIME);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under the root with its type and content, sorted. */
    static String snapshot(Path root) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    lines.add(rel + " -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    lines.add(rel + "/");
                } else {
                    lines.add(rel + " = " + Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.sort(Comparator.naturalOrder());
        return String.join("\n", lines);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a command line into words: spaces separate, single and double quotes group, no expansion. */
    static final class Words {
        private Words() {
        }

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            boolean inWord = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'' || c == '"') {
                    int end = line.indexOf(c, i + 1);
                    w.append(line, i + 1, end);
                    i = end;
                    inWord = true;
                } else if (c == ' ') {
                    if (inWord) {
                        words.add(w.toString());
                        w.setLength(0);
                        inWord = false;
                    }
                } else {
                    w.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(w.toString());
            }
            return words;
        }
    }
}

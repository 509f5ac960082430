package dev.harness4j.tools.shell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.tools.shell.Command;
import dev.harness4j.tools.shell.ShellAbortException;
import dev.harness4j.tools.shell.ShellLimits;
import dev.harness4j.workspace.InMemoryOptions;
import dev.harness4j.workspace.Intent;
import dev.harness4j.workspace.Workspace;
import dev.harness4j.workspace.Workspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the differential suite cannot compare: files written, limits, cancellation, encodings, the jail. */
class TextCommandsTest {
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspaces.inMemory(InMemoryOptions.defaults());
        ws.seed("/workspace/f.txt", "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private TestShellContext ctx(String stdin) {
        return new TestShellContext(ws, stdin.getBytes(StandardCharsets.UTF_8));
    }

    private String read(String logical) throws Exception {
        return Files.readString(ws.resolve(logical, Intent.READ).real());
    }

    @Test
    void everyUtilityIsListedOnce() {
        Set<String> names = new HashSet<>();
        for (Command c : TextCommands.all()) {
            assertTrue(names.add(c.name()), "duplicate " + c.name());
        }
        assertEquals(Set.of("grep", "egrep", "fgrep", "sed", "awk", "sort", "uniq", "cut", "tr", "wc", "head",
                "tail", "rev", "tac", "printf"), names);
    }

    @Test
    void sedInPlaceReplacesTheFileAndKeepsABackup() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(0, c.run("sed", List.of("-i.bak", "s/o/0/g", "f.txt")));
        assertEquals("", c.stdoutText());
        assertEquals("0ne\ntw0\nthree\n", read("/workspace/f.txt"));
        assertEquals("one\ntwo\nthree\n", read("/workspace/f.txt.bak"));
        try (Stream<Path> files = Files.list(ws.resolve("/workspace", Intent.READ).real())) {
            assertEquals(List.of("f.txt", "f.txt.bak"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
    }

    @Test
    void sedInPlaceOptionsClusterLikeGnu() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(0, c.run("sed", List.of("-ni", "-e", "2p", "f.txt")));
        assertEquals("two\n", read("/workspace/f.txt"));
        TestShellContext e = ctx("");
        assertEquals(0, e.run("sed", List.of("-E", "--in-place=.orig", "s/(t)w/\\1W/", "f.txt")));
        assertEquals("tWo\n", read("/workspace/f.txt"));
        assertEquals("two\n", read("/workspace/f.txt.orig"));
    }

    @Test
    void sedInPlaceOnAMissingFileCreatesNothing() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(2, c.run("sed", List.of("-i", "s/a/b/", "nosuch.txt")));
        assertEquals("sed: can't read nosuch.txt: No such file or directory\n", c.stderrText());
        assertFalse(Files.exists(ws.resolve("/workspace/nosuch.txt", Intent.READ).real()));
    }

    @Test
    void sedInPlaceRefusesAReadOnlyMountAndChangesNothing() throws Exception {
        ws.seed("/mnt/session/uploads/u.txt", "keep\n".getBytes(StandardCharsets.UTF_8));
        TestShellContext c = ctx("");
        assertEquals(4, c.run("sed", List.of("-i", "s/keep/lost/", "/mnt/session/uploads/u.txt")));
        assertTrue(c.stderrText().contains("Read-only file system"), c.stderrText());
        assertEquals("keep\n", read("/mnt/session/uploads/u.txt"));
    }

    @Test
    void sortWritesItsOutputFile() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(0, c.run("sort", List.of("-r", "-o", "sorted.txt", "f.txt")));
        assertEquals("two\nthree\none\n", read("/workspace/sorted.txt"));
    }

    @Test
    void awkRedirectionsWriteFiles() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(0, c.run("awk", List.of("{ print NR > \"n.txt\"; print $0 >> \"all.txt\" }", "f.txt")));
        assertEquals("1\n2\n3\n", read("/workspace/n.txt"));
        assertEquals("one\ntwo\nthree\n", read("/workspace/all.txt"));
    }

    @Test
    void runawayLoopsStopAtTheIterationLimit() {
        ShellLimits small = new ShellLimits(100, 1_000, 1 << 20, 10, 1 << 20);
        TestShellContext awk = new TestShellContext(ws, new byte[0], small);
        ShellAbortException e = assertThrows(ShellAbortException.class,
                () -> awk.run("awk", List.of("BEGIN { while (1) x++ }")));
        assertEquals(ShellAbortException.Reason.LIMIT, e.reason());
        TestShellContext sed = new TestShellContext(ws, "x\n".getBytes(StandardCharsets.UTF_8), small);
        assertThrows(ShellAbortException.class, () -> sed.run("sed", List.of(":a;ba")));
    }

    @Test
    void growingStringsStopAtTheStringLimit() {
        ShellLimits small = new ShellLimits(100, 100_000, 1 << 20, 10, 1 << 16);
        TestShellContext awk = new TestShellContext(ws, new byte[0], small);
        assertThrows(ShellAbortException.class, () -> awk.run("awk", List.of("BEGIN { s = \"x\"; while (1) s = s s }")));
        TestShellContext sed = new TestShellContext(ws, "x\n".getBytes(StandardCharsets.UTF_8), small);
        assertThrows(ShellAbortException.class, () -> sed.run("sed", List.of(":a;s/.*/&&/;ta")));
        TestShellContext printf = new TestShellContext(ws, new byte[0], small);
        assertEquals(2, assertDoesNotThrowStatus(() -> printf.run("printf", List.of("%999999999d", "1"))));
    }

    private static int assertDoesNotThrowStatus(java.util.concurrent.Callable<Integer> call) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(call::call);
    }

    @Test
    void deepAwkRecursionStopsCleanly() {
        TestShellContext c = ctx("");
        ShellAbortException e = assertThrows(ShellAbortException.class,
                () -> c.run("awk", List.of("function f(n) { return f(n + 1) } BEGIN { f(1) }")));
        assertEquals(ShellAbortException.Reason.LIMIT, e.reason());
    }

    @Test
    void aCancelledCallStopsALongSearch() {
        String big = "abcdefghij\n".repeat(200_000);
        TestShellContext c = new TestShellContext(ws, big.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void checkCancelled() {
                throw new ShellAbortException(ShellAbortException.Reason.CANCELLED, "cancelled");
            }
        };
        assertThrows(ShellAbortException.class, () -> c.run("grep", List.of("-c", "zzz")));
    }

    @Test
    void headStopsReadingAnEndlessPipe() throws Exception {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) (i % 2 == 0 ? 'y' : '\n');
                }
                return len;
            }
        };
        TestShellContext c = new TestShellContext(ws, new byte[0]) {
            @Override
            public java.io.InputStream stdin() {
                return endless;
            }
        };
        assertEquals(0, c.run("head", List.of("-n", "2")));
        assertEquals("y\ny\n", c.stdoutText());
    }

    @Test
    void malformedUtf8IsReadByteForByteWithoutFailing() throws Exception {
        TestShellContext c = new TestShellContext(ws, new byte[] {(byte) 0xff, 'a', '\n', 'b', '\n'});
        assertEquals(0, c.run("grep", List.of("a")));
        assertEquals("\u00ffa\n", c.stdoutText());
    }

    @Test
    void utf8TextSurvivesFilters() throws Exception {
        TestShellContext c = ctx("héllo wörld\n");
        assertEquals(0, c.run("sed", List.of("s/ö/o/")));
        assertEquals("héllo world\n", c.stdoutText());
    }

    @Test
    void operandsResolveAgainstTheShellCwdAndDirectoriesAreReported() throws Exception {
        ws.seed("/workspace/d/x.txt", "hit\n".getBytes(StandardCharsets.UTF_8));
        TestShellContext c = ctx("");
        assertEquals(2, c.run("grep", List.of("hit", "d")));
        assertEquals("grep: d: Is a directory\n", c.stderrText());
        TestShellContext r = ctx("");
        assertEquals(0, r.run("grep", List.of("-r", "hit")));
        assertEquals("d/x.txt:hit\n", r.stdoutText());
    }

    @Test
    void pathsOutsideTheWorkspaceAreRefused() throws Exception {
        TestShellContext c = ctx("");
        assertEquals(2, c.run("grep", List.of("root", "/etc/passwd")));
        assertEquals("", c.stdoutText());
    }

    @Test
    void regexTranslationHandlesPosixSpecifics() throws Exception {
        assertEquals("a\\{1\\}", PosixRegex.translate("a\\{1\\}", true, false));
        assertEquals("a{1}", PosixRegex.translate("a\\{1\\}", false, false));
        assertEquals("\\*a", PosixRegex.translate("*a", false, false));
        assertEquals("[\\]a]", PosixRegex.translate("[]a]", false, false));
        assertEquals("[\\p{Alpha}\\_]", PosixRegex.translate("[[:alpha:]_]", true, false));
        assertThrows(PosixRegex.RegexException.class, () -> PosixRegex.translate("\\(a", false, false));
        assertThrows(PosixRegex.RegexException.class, () -> PosixRegex.translate("a\\1", false, false));
    }
}

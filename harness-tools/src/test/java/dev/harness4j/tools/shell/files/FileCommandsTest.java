package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.harness4j.tools.shell.ShellAbortException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour the differential test cannot show: links, the jail, read-only mounts, the clock, cancellation. */
class FileCommandsTest {
    private TestShell shell;

    @BeforeEach
    void setUp() {
        shell = new TestShell();
        shell.write("a.txt", "hello\n");
        shell.write("src/main.c", "int main(){}\n");
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void everyCommandHasADistinctName() {
        Set<String> names = new HashSet<>();
        FileCommands.all().forEach(c -> assertTrue(names.add(c.name()), c.name()));
        assertTrue(names.containsAll(Set.of("ls", "cat", "find", "mkdir", "rm", "rmdir", "mv", "cp", "touch", "du",
                "stat", "basename", "dirname", "date", "sleep", "env", "seq", "tee", "xargs", "diff", "base64",
                "sha256sum", "md5sum", "realpath", "readlink", "ln", "nl", "chmod")));
    }

    @Test
    void linksAreListedFoundReadAndRemovedAsLinks() {
        assertEquals(0, shell.sh("ln", "-s", "a.txt", "link").status());
        assertEquals("lrwxrwxrwx 1 user user 5 Apr  8 12:00 link -> a.txt\n", shell.sh("ls", "-l", "link").out());
        assertEquals("hello\n", shell.sh("cat", "link").out());
        assertEquals("./link\n", shell.sh("find", ".", "-type", "l").out());
        assertEquals("a.txt\n", shell.sh("readlink", "link").out());
        assertEquals("/workspace/a.txt\n", shell.sh("realpath", "link").out());
        assertEquals(0, shell.sh("rm", "link").status());
        assertFalse(shell.exists("link"));
        assertEquals("hello\n", shell.read("a.txt"));
    }

    @Test
    void aLinkOutOfTheJailIsNeverFollowed() throws Exception {
        Files.createSymbolicLink(shell.real("src/out"), shell.real("a.txt").getFileSystem().getPath("/etc/passwd"));
        TestShell.Result cat = shell.sh("cat", "src/out");
        assertEquals(1, cat.status());
        assertTrue(cat.err().startsWith("cat: src/out: "), cat.err());
        assertEquals("src\nsrc/main.c\nsrc/out\n", shell.sh("find", "src").out());
        assertEquals(0, shell.sh("cp", "-r", "src", "copy").status());
        assertTrue(Files.isSymbolicLink(shell.real("copy").resolve("out")));
        assertEquals(0, shell.sh("du", "-s", "src").status());
        assertEquals(0, shell.sh("rm", "-r", "src").status());
        assertFalse(shell.exists("src"));
    }

    @Test
    void followingLinksStopsAtLoops() {
        assertEquals(0, shell.sh("ln", "-s", "..", "src/loop").status());
        TestShell.Result ls = shell.sh("ls", "-RL", "src");
        assertEquals(2, ls.status());
        assertTrue(ls.err().contains("not listing already-listed directory"), ls.err());
        TestShell.Result find = shell.sh("find", "-L", ".", "-name", "main.c");
        assertEquals(1, find.status());
        assertEquals("./src/main.c\n", find.out());
        assertTrue(find.err().contains("File system loop detected"), find.err());
        assertEquals("./src/loop\n", shell.sh("find", ".", "-type", "l").out());
    }

    @Test
    void readOnlyMountsRefuseWritesAndStayUnchanged() {
        shell.workspace.seed("/mnt/session/uploads/in.txt", "data\n".getBytes());
        TestShell.Result rm = shell.sh("rm", "/mnt/session/uploads/in.txt");
        assertEquals(1, rm.status());
        assertEquals("rm: cannot remove '/mnt/session/uploads/in.txt': Read-only file system\n", rm.err());
        assertEquals(1, shell.sh("cp", "a.txt", "/mnt/session/uploads/").status());
        assertEquals(1, shell.sh("touch", "/mnt/session/uploads/new").status());
        assertEquals(1, shell.sh("mv", "/mnt/session/uploads/in.txt", "moved").status());
        TestShell.Result ls = shell.sh("ls", "/mnt/session/uploads");
        assertEquals("in.txt\n", ls.out(), ls.err());
        assertFalse(shell.exists("moved"));
    }

    @Test
    void mountRootsStayAndReadOnlyMountsRefuseFindDelete() {
        shell.workspace.seed("/mnt/session/uploads/in.txt", "data\n".getBytes());
        TestShell.Result find = shell.sh("find", "/mnt/session/uploads", "-delete");
        assertEquals(1, find.status());
        assertTrue(find.err().contains("Read-only file system"), find.err());
        assertEquals("in.txt\n", shell.sh("ls", "/mnt/session/uploads").out());
        assertEquals(0, shell.sh("mkdir", "-p", "/mnt/session/outputs/a/b").status());
        assertTrue(shell.exists("/mnt/session/outputs/a/b"));
        TestShell.Result rm = shell.sh("rm", "-rf", "/mnt/session/outputs");
        assertEquals(1, rm.status());
        assertEquals("rm: cannot remove '/mnt/session/outputs': Device or resource busy\n", rm.err());
        assertTrue(shell.exists("/mnt/session/outputs"));
        assertFalse(shell.exists("/mnt/session/outputs/a"));
        assertEquals(1, shell.sh("rmdir", "/mnt/session/outputs").status());
        assertEquals(1, shell.sh("mv", "/workspace", "/mnt/session/outputs/w").status());
        shell.cwd = "/workspace/src";
        assertEquals(1, shell.sh("rmdir", "-p", "../empty-not-there").status());
        assertTrue(shell.exists("/workspace"));
    }

    @Test
    void touchAndDateUseTheShellClock() throws Exception {
        Files.setLastModifiedTime(shell.real("a.txt"), FileTime.from(Instant.EPOCH));
        assertEquals(0, shell.sh("touch", "a.txt", "new.txt").status());
        assertEquals(TestShell.NOW, Files.getLastModifiedTime(shell.real("a.txt")).toInstant());
        assertEquals(TestShell.NOW, Files.getLastModifiedTime(shell.real("new.txt")).toInstant());
        assertEquals("Wed Apr  8 12:00:00 UTC 2026\n", shell.sh("date").out());
        assertEquals(TestShell.NOW.getEpochSecond() + "\n", shell.sh("date", "+%s").out());
        assertEquals("2026-04-07\n", shell.sh("date", "-d", "yesterday", "+%F").out());
        assertEquals("2026-04-11 12:00\n", shell.sh("date", "-d", "3 days", "+%F %H:%M").out());
        assertEquals(0, shell.sh("touch", "-d", "2020-01-02 03:04:05", "a.txt").status());
        assertEquals(Instant.parse("2020-01-02T03:04:05Z"), Files.getLastModifiedTime(shell.real("a.txt"))
                .toInstant());
        assertEquals("./new.txt\n", shell.sh("find", ".", "-newer", "a.txt", "-name", "*.txt").out());
        assertEquals(0, shell.sh("touch", "-t", "202401021234.56", "a.txt").status());
        assertEquals(Instant.parse("2024-01-02T12:34:56Z"), Files.getLastModifiedTime(shell.real("a.txt"))
                .toInstant());
        assertEquals("2024-01-02 12:34:56.000000000 +0000\n", shell.sh("stat", "-c", "%y", "a.txt").out());
        assertEquals("-rw-r--r-- 1 user user 6 Jan  2  2024 a.txt\n", shell.sh("ls", "-l", "a.txt").out());
    }

    @Test
    void unifiedDiffHeadersCarryTheModificationTimes() {
        shell.write("b.txt", "hullo\n");
        TestShell.Result d = shell.sh("diff", "-u", "a.txt", "b.txt");
        assertEquals(1, d.status());
        assertEquals("--- a.txt\t2026-04-08 12:00:00.000000000 +0000\n+++ b.txt\t2026-04-08 12:00:00.000000000 +0000\n"
                + "@@ -1 +1 @@\n-hello\n+hullo\n", d.out());
        assertEquals("1c1\n< hello\n---\n> stdin\n", shell.run("stdin\n", "diff", "a.txt", "-").out());
    }

    @Test
    void updateModeReplacesOnlyOlderFiles() throws Exception {
        shell.write("old.txt", "old\n");
        Files.setLastModifiedTime(shell.real("old.txt"), FileTime.from(Instant.EPOCH));
        assertEquals(0, shell.sh("cp", "-u", "old.txt", "a.txt").status());
        assertEquals("hello\n", shell.read("a.txt"));
        assertEquals(0, shell.sh("cp", "-u", "a.txt", "old.txt").status());
        assertEquals("hello\n", shell.read("old.txt"));
        shell.write("older.txt", "older\n");
        Files.setLastModifiedTime(shell.real("older.txt"), FileTime.from(Instant.EPOCH));
        assertEquals(0, shell.sh("mv", "-u", "older.txt", "a.txt").status());
        assertTrue(shell.exists("older.txt"));
        assertEquals("hello\n", shell.read("a.txt"));
    }

    @Test
    void copyingADirectoryIntoItselfChangesNothing() {
        TestShell.Result cp = shell.sh("cp", "-r", "src", "src/inner");
        assertEquals(1, cp.status());
        assertEquals("cp: cannot copy a directory, 'src', into itself, 'src/inner'\n", cp.err());
        assertFalse(shell.exists("src/inner"));
    }

    @Test
    void xargsAndFindExecReportFailingCommands() {
        assertEquals(123, shell.run("a.txt nosuch\n", "xargs", "cat").status());
        assertEquals(127, shell.run("a.txt\n", "xargs", "nosuchcmd").status());
        assertEquals("hello\n", shell.run("a.txt\n", "xargs", "cat").out());
        TestShell.Result find = shell.sh("find", ".", "-name", "a.txt", "-exec", "cat", "nosuch", "{}", "+");
        assertEquals(1, find.status());
        assertEquals("hello\n", find.out());
        TestShell.Result each = shell.sh("find", ".", "-name", "*.c", "-exec", "echo", "got", "{}", ";");
        assertEquals("got ./src/main.c\n", each.out());
        assertEquals(0, each.status());
    }

    @Test
    void envPrintsTheEnvironmentAndRunsCommandsInAChangedOne() {
        assertEquals("HOME=/workspace\nPATH=/usr/bin:/bin\n", sorted(shell.sh("env").out()));
        assertEquals("hi\n", shell.sh("env", "echo", "hi").out());
        assertEquals("A=1\nHOME=/workspace\nPATH=/usr/bin:/bin\n", sorted(shell.sh("env", "A=1", "env").out()));
        assertEquals("B=2\n", shell.sh("env", "-i", "B=2", "env").out());
        assertEquals("PATH=/usr/bin:/bin\n", shell.sh("env", "-u", "HOME", "env").out());
    }

    @Test
    void sleepStopsWhenTheCallIsCancelled() throws Exception {
        assertEquals(0, shell.sh("sleep", "0.01").status());
        assertEquals(1, shell.sh("sleep", "soon").status());
        CompletableFuture<Throwable> sleeping = CompletableFuture.supplyAsync(() -> {
            try {
                shell.sh("sleep", "1d");
                return null;
            } catch (ShellAbortException e) {
                return e;
            }
        });
        shell.cancelled = true;
        assertTrue(sleeping.get(10, TimeUnit.SECONDS) instanceof ShellAbortException);
    }

    @Test
    void walksStopWhenCancelled() {
        shell.cancelled = true;
        assertThrows(ShellAbortException.class, () -> shell.sh("find", "."));
        assertThrows(ShellAbortException.class, () -> shell.sh("rm", "-r", "src"));
        shell.cancelled = false;
        assertTrue(shell.exists("src/main.c"));
    }

    @Test
    void relativePathsFollowTheShellWorkingDirectory() {
        shell.cwd = "/workspace/src";
        assertEquals("main.c\n", shell.sh("ls").out());
        assertEquals("../a.txt\n", shell.sh("find", "../a.txt").out());
        assertEquals(0, shell.sh("mv", "main.c", "../moved.c").status());
        assertTrue(shell.exists("/workspace/moved.c"));
    }

    @Test
    void checksumsVerifyAList() {
        String sums = shell.sh("sha256sum", "a.txt", "src/main.c").out();
        shell.write("sums", sums);
        assertEquals("a.txt: OK\nsrc/main.c: OK\n", shell.sh("sha256sum", "-c", "sums").out());
        shell.write("a.txt", "changed\n");
        TestShell.Result check = shell.sh("sha256sum", "-c", "sums");
        assertEquals(1, check.status());
        assertEquals("a.txt: FAILED\nsrc/main.c: OK\n", check.out());
        assertEquals("sha256sum: WARNING: 1 computed checksum did NOT match\n", check.err());
    }

    @Test
    void teeWritesEveryFileAndAppendsWithA() {
        assertEquals("x\n", shell.run("x\n", "tee", "t1", "src/t2").out());
        assertEquals("x\n", shell.read("src/t2"));
        shell.run("y\n", "tee", "-a", "t1");
        assertEquals("x\ny\n", shell.read("t1"));
    }

    private static String sorted(String lines) {
        return String.join("\n", lines.lines().sorted().toList()) + "\n";
    }

}

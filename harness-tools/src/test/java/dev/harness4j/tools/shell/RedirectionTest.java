package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirections and here-documents over the workspace, inside its jail. */
class RedirectionTest {
    private final ShellFixture f = new ShellFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String file(String logical) throws Exception {
        return Files.readString(f.workspace.resolve(logical, dev.harness4j.workspace.Intent.READ).real(),
                StandardCharsets.UTF_8);
    }

    @Test
    void writeAppendAndRead() throws Exception {
        f.out("echo one > out.txt; echo two >> out.txt");
        assertEquals("one\ntwo\n", file("/workspace/out.txt"));
        assertEquals("one\ntwo\n", f.out("cat < out.txt"));
        assertEquals("one\n", f.out("read l < out.txt; echo $l"));
    }

    @Test
    void descriptorsDuplicateAndCombine() throws Exception {
        f.out("{ echo o; echo e >&2; } > both 2>&1; { echo o2; echo e2 >&2; } &> all; echo x 3> three >&3");
        assertEquals("o\ne\n", file("/workspace/both"));
        assertEquals("o2\ne2\n", file("/workspace/all"));
        assertEquals("x\n", file("/workspace/three"));
        ShellFixture.Result r = f.run("echo to-err >&2; echo quiet 2>/dev/null >&2; echo null > /dev/null");
        assertEquals("", r.out());
        assertEquals("to-err\n", r.err());
    }

    @Test
    void hereDocumentsAndStrings() {
        assertEquals("v=1\n", f.out("x=1; cat <<EOF\nv=$x\nEOF"));
        assertEquals("v=$x\n", f.out("cat <<'EOF'\nv=$x\nEOF"));
        assertEquals("tab\n", f.out("cat <<-EOF\n\ttab\n\tEOF"));
        assertEquals("word here\n", f.out("cat <<< 'word here'"));
    }

    @Test
    void failuresNameThePathWithAnErrnoText() {
        ShellFixture.Result r = f.run("cat < missing; echo \"rc=$?\"");
        assertEquals("rc=1\n", r.out());
        assertEquals("bash: missing: No such file or directory\n", r.err());
        r = f.run("echo x > /mnt/session/uploads/f");
        assertEquals(1, r.status());
        assertEquals("bash: /mnt/session/uploads/f: Read-only file system\n", r.err());
        r = f.run("echo x > /etc/passwd; echo y > ../../outside");
        assertEquals("bash: /etc/passwd: No such file or directory\nbash: ../../outside: No such file or directory\n",
                r.err());
    }

    @Test
    void testOperatorsSeeTheWorkspace() {
        f.seed("/workspace/dir/file", "x");
        f.seed("/workspace/empty", "");
        assertEquals("f d s e! w ro\n", f.out("[ -f dir/file ] && echo -n 'f '; [ -d dir ] && echo -n 'd '; "
                + "[[ -s dir/file ]] && echo -n 's '; [ -s empty ] || echo -n 'e! '; [ -w empty ] && echo -n 'w '; "
                + "[ -w /mnt/session/uploads ] || echo ro"));
    }
}

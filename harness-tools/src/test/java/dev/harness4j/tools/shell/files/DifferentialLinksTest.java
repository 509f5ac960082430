package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The differential comparison over a tree holding symbolic links (to a file, a directory, nowhere). */
class DifferentialLinksTest {
    private static final Map<String, String> LINKS = links();

    private static Map<String, String> links() {
        Map<String, String> f = new TreeMap<>();
        f.put("a.txt", "hello\n");
        f.put("src/main.c", "int main(){}\n");
        f.put("src/util/x.h", "x\n");
        f.put("file-link", "-> a.txt");
        f.put("dir-link", "-> src");
        f.put("src/up", "-> ../a.txt");
        f.put("dangling", "-> nowhere");
        return f;
    }

    @BeforeAll
    static void gnuToolsPresent() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ls")), "GNU coreutils are needed for the differential test");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ls", "ls -l", "ls -F", "ls dir-link", "ls -l dir-link", "ls -d dir-link", "ls -lR", "ls -L", "ls file-link",
        "cat file-link src/up", "cat dangling", "rm file-link", "rm dir-link", "rm -r dir-link", "rm dangling",
        "rm -r src", "cp file-link copy", "cp -r src copy", "cp -a src copy", "cp dangling copy", "mv dir-link x",
        "mv file-link src", "readlink file-link dir-link dangling", "readlink a.txt", "stat -c '%n %F %s' file-link",
        "stat -L -c '%n %F %s' file-link", "du -s dir-link", "du -s src", "diff file-link a.txt", "ls -l src",
        "mkdir -p dir-link/new", "touch file-link", "ln -s a.txt file-link", "ln -sf src/main.c file-link",
        "ln -s a.txt src", "ln -s ../a.txt src/l2", "rmdir dir-link",
    })
    void links(String line) {
        Differential.check(line, null, false, LINKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"find", "find . -type l", "find -L . -type f", "find dir-link", "find dir-link/",
        "find . -xtype l", "find . -type f", "find src -printf '%p %y %l\\n'"})
    void find(String line) {
        Differential.check(line, null, true, LINKS);
    }
}

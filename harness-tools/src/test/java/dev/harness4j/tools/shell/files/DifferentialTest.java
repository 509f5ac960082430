package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compares the Java commands with the real GNU tools installed on this machine, case by case. */
class DifferentialTest {

    @BeforeAll
    static void gnuToolsPresent() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ls")) && Files.isExecutable(Path.of("/usr/bin/find")),
                "GNU coreutils and findutils are needed for the differential test");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ls", "ls -a", "ls -A", "ls -1", "ls src", "ls -R", "ls -R src", "ls a.txt src empty", "ls nosuch a.txt",
        "ls -d src", "ls -r", "ls -S", "ls -Sr", "ls -t", "ls -F", "ls -l", "ls -la src", "ls -lh", "ls -lS",
        "ls -l a.txt src/util", "ls -ld src", "ls --color=never -A", "ls -y", "ls src/", "ls -lR src",
        "ls -lR", "ls -laR src", "ls ./src/util",
    })
    void ls(String line) {
        Differential.check(line, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "cat a.txt b.txt", "cat -n b.txt a.txt", "cat -b b.txt", "cat -s b.txt", "cat -E a.txt", "cat -A b.txt",
        "cat nosuch a.txt", "cat src", "cat -", "cat a.txt - b.txt", "cat -ns b.txt", "cat -T a.txt",
    })
    void cat(String line) {
        Differential.check(line, "in\tput\n\n\nx");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "find", "find .", "find src", "find src/", "find . -name '*.h'", "find . -iname '*.txt'", "find -type d",
        "find . -type f -name '*.c'", "find . -maxdepth 1", "find . -mindepth 2", "find . -maxdepth 1 -type f",
        "find src -path '*util*'", "find . -empty", "find . -size +1k", "find . -size -1", "find . -size 6c",
        "find . -not -name '*.txt'", "find . ! -type d", "find . -name '*.h' -o -name '*.c'",
        "find . ( -name '*.h' -o -name '*.c' ) -print", "find . -name util -prune -o -type f -print",
        "find src -print0", "find nosuch", "find . -badpred", "find . -name", "find src -depth",
        "find src -exec cat {} ;", "find src -type f -exec cat {} +", "find . -type f -delete",
        "find src -name '*.h' -delete", "find empty -delete", "find . -printf '%p %s %d %y\\n'",
        "find src -printf '%f|%h|%P\\n'", "find . -type f -newer a.txt", "find a.txt src/main.c",
        "find . -name '[ab]*'", "find . -path './src/*' -name '*.h'", "find . -mtime +30", "find . -mtime -1",
        "find src -maxdepth 0", "find . -type f -quit", "find . -name '.*'", "find -name '*.TXT' -type f",
    })
    void find(String line) {
        Differential.check(line, null, true);
    }
}

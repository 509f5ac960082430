package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Error cases, where stderr must carry the GNU message too, plus more option combinations. */
class DifferentialErrorsTest {

    @BeforeAll
    static void gnuToolsPresent() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ls")), "GNU coreutils are needed for the differential test");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ls nosuch", "ls -y", "ls --bogus", "cat nosuch", "cat src", "rm nosuch", "rm src", "rm", "rm -r .",
        "rmdir src", "rmdir nosuch", "rmdir a.txt", "mkdir src", "mkdir a/b", "mkdir", "cp src x", "cp nosuch x",
        "cp a.txt", "cp a.txt a.txt", "cp -r src src/util", "cp a.txt b.txt nosuch", "mv nosuch x", "mv a.txt",
        "mv a.txt a.txt", "mv src src/util", "mv a.txt b.txt nosuch", "mv empty a.txt", "mv a.txt empty",
        "touch nodir/x", "find nosuch", "find . -badpred", "find . -name", "find . -type q", "find . -maxdepth x",
        "find a.txt nosuch", "du nosuch", "stat nosuch", "diff nosuch a.txt", "diff a.txt", "diff a b c",
        "base64 nosuch", "sha256sum nosuch", "md5sum src", "seq", "seq x", "seq 1 0 2", "seq 1 2 3 4",
        "basename", "dirname", "basename a b c", "sleep", "sleep x", "date -d nonsense", "date foo",
        "tee nodir/x", "xargs -n 0", "realpath nosuch/x", "readlink a.txt", "ln -s a.txt b.txt",
        "rm -d src", "cat - nosuch", "ls a.txt nosuch src/util",
        "ls a.txt/", "cat a.txt/", "rm a.txt/", "mkdir new/", "rmdir empty/", "mv a.txt/ x", "cp a.txt/ x",
        "touch a.txt/", "stat -c %n a.txt/", "du a.txt/", "find a.txt/", "rm -r src/", "ls -d src/", "mv src/ x/",
        "ls --help-me", "cp -r src/ y",
    })
    void errors(String line) {
        Differential.checkWithStderr(line, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ls -1a src", "ls -lt", "ls -ltr", "ls -lSr", "ls -R empty", "ls -d", "ls -d .", "ls -dl . src",
        "ls src/util src/main.c", "ls -F src", "ls -lF", "ls -A src", "ls a.txt a.txt", "ls -r src a.txt b.txt",
        "ls --all src", "ls -lh big.bin", "ls -l empty", "ls -R d1 d2", "ls -lR d1", "ls -1 --color=never",
        "cat -v big.bin", "cat -e b.txt", "cat -t b.txt", "cat -sn b.txt nonl.txt a.txt", "cat -b nonl.txt a.txt",
        "seq -s ' ' 5", "seq 0", "seq -w 0 0.5 2", "seq 3 -1 1", "seq -w 1 3 20", "seq 2 2", "seq -w 10",
        "seq 1.5", "seq 0.5 2", "seq -f 'x%gy' 3", "seq -s : -w 9 11",
        "date -d @1.5 +%s.%N", "date -u -d '2026-01-01T00:00:00Z' +%j%U%W%V", "date -d '2026-12-31' +%j/%U/%V/%G",
        "mv src/util .", "cp -r src/util .", "cp -r d1/. d2", "mv d1/one.txt d2", "cp -r d1 d2",
        "mkdir -p src", "mkdir -p a.txt", "rm -rf d1 d2/sub", "rmdir -p empty", "touch a.txt b.txt new",
        "basename -z a/b", "basename -- -x", "dirname -- -x/y", "basename .txt .txt", "basename a/b.tar.gz .gz",
        "realpath a.txt src/../b.txt", "readlink -f src/./main.c",
    })
    void more(String line) {
        Differential.check(line, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "find . -type f -name '*.txt' -o -type d -name src", "find src -mindepth 1 -maxdepth 1",
        "find . -path ./src -prune -o -print", "find . -name '*.h' -printf '%f\\n'", "find . -size +0",
        "find . -empty -type d", "find . -not -path '*/.*'", "find src -name '*.c' -exec echo found {} ;",
        "find . -regex '.*\\.txt'", "find . -iregex '.*upper.*'", "find d1 d2 -type f",
        "find . -type d -empty -delete", "find . -type f -size -2 -delete", "find src -type f -exec cat {} + -print",
        "find . -maxdepth 1 -name '*.txt' -newer nosuch", "find src -printf '%d %y %p %s\\n'",
        "find . -type f -name '*.txt' ! -name 'a*'", "find . -name '*.txt' -a -name 'b*'", "find -mindepth 3",
        "find . -name src -type d -prune", "find d1 -name '*.txt' -print0", "find src d1 -maxdepth 0 -print",
        "find src -printf '%T@|%T+|%TY-%Tm-%Td %TH:%TM|%t|%Tb %Ta %Tj\\n'", "find . -newermt 2025-01-01 -name '*.h'",
        "find . -newermt 2025-02-01", "find src -executable", "find src -readable -type f", "find src -writable",
    })
    void moreFind(String line) {
        Differential.check(line, null, true);
    }
}

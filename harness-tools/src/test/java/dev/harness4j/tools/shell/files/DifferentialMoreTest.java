package dev.harness4j.tools.shell.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The differential comparison for the commands that change files, and the small utilities. */
class DifferentialMoreTest {

    @BeforeAll
    static void gnuToolsPresent() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/cp")) && Files.isExecutable(Path.of("/usr/bin/diff")),
                "GNU coreutils and diffutils are needed for the differential test");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mkdir new", "mkdir src", "mkdir -p src/util/deep/er", "mkdir a/b", "mkdir -p x/y x/z", "mkdir -v n1 n2",
        "mkdir -pv p/q/r", "mkdir", "mkdir a.txt/x",
        "rmdir empty", "rmdir src", "rmdir nosuch", "rmdir a.txt", "rmdir -p src/util",
        "rm a.txt", "rm nosuch", "rm -f nosuch", "rm src", "rm -r src", "rm -rf src nosuch", "rm -d empty",
        "rm", "rm -f", "rm -r .", "rm -v a.txt b.txt", "rm -rf empty/",
        "mv a.txt c.txt", "mv a.txt src", "mv a.txt b.txt src", "mv a.txt b.txt nosuch", "mv nosuch x",
        "mv src newsrc", "mv src empty", "mv -v a.txt z.txt", "mv -n a.txt b.txt", "mv a.txt b.txt",
        "mv src src/util", "mv a.txt a.txt", "mv empty a.txt", "mv a.txt", "mv -t src a.txt b.txt",
        "cp a.txt c.txt", "cp a.txt src", "cp a.txt b.txt src", "cp src x", "cp -r src x", "cp -r src empty",
        "cp -R src/util src/main.c empty", "cp -v a.txt q.txt", "cp -n a.txt b.txt", "cp a.txt b.txt",
        "cp a.txt a.txt", "cp nosuch x", "cp -a src copy",
        "cp a.txt", "cp -t empty a.txt b.txt", "cp empty a.txt", "cp a.txt empty/", "cp -r empty a.txt",
        "touch new.txt", "touch a.txt", "touch nodir/x", "touch -c nothere", "touch -d '2024-01-01' t1",
    })
    void changingFiles(String line) {
        Differential.check(line, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "du -s", "du -sh", "du -h src", "du -b src", "du -c a.txt big.bin",
        "du -d 0 src", "du nosuch", "du -k big.bin", 
        "stat -c '%n %s %F %a %A %h %b %B %o' a.txt src empty src/util/x.h",
        "stat -c %s nosuch", "stat --printf '%n:%s\\n' a.txt big.bin",
        "basename /a/b/c.txt", "basename /a/b/c.txt .txt", "basename -s .txt a.txt b.txt", "basename -a x/y z/",
        "basename /", "basename //", "basename a/b/", "basename c.txt c.txt", "dirname /a/b/c", "dirname a",
        "dirname a/b/ /x //y", "dirname /", "basename", "dirname",
        "date -u -d @0", "date -d @1775649600 +%Y-%m-%dT%H:%M:%S%z", "date -d @1775649600 '+%a %A %b %B %j %e %Z'",
        "date -d @1775649600 +%s.%N", "date -d @1775649600 -R", "date -d @1775649600 -I",
        "date -d @1775649600 --iso-8601=seconds", "date -d '2024-02-29 13:14:15' '+%F %T %u %w %y %C %I %p'",
        "date -d @1775649600 '+%D %R %r %V %U %W %G %-d %_m %k %l'",
        "date -d @1775649600.123456789 +%s%3N", "date -d @1775649600.5 '+%6N|%N|%10Y|%_5d|%-j|%^a'",
        "seq 5", "seq 3 7", "seq 1 2 10", "seq 10 -3 1", "seq 1 0.5 3", "seq 0.1 0.1 0.5", "seq -w 8 11",
        "seq -w -5 5", "seq -s , 4", "seq -s '' 3", "seq 5 1", "seq -f %03g 3", "seq -f '%.2f' 1 3",
        "seq -f 'n=%g' 0.5 0.25 1.5", "seq 1e2 1e2", "seq -1 1", "seq 1.50 2 6", "seq x", "seq 1 0 3",
        "seq -f %e 1 2", "seq 1000000 1000002",
        "base64 a.txt", "base64 big.bin", "base64 -w 20 big.bin", "base64 -w 0 b.txt", "base64 nosuch",
        "sha256sum a.txt b.txt", "md5sum big.bin src/main.c", "sha256sum nosuch a.txt", "sha256sum src",
        "md5sum -", "sha256sum",
        "env -i", "env -i A=1 B=2",
        "cat nonl.txt a.txt", "nl b.txt", "nl -ba b.txt", "nl -nln -w3 -s: b.txt nonl.txt", "nl -nrz -v 10 -i 5 b.txt",
        "nl -bn a.txt", "nl nosuch", "nl -bx a.txt", "nl",
        "chmod +x a.txt", "chmod 755 src", "chmod -R u+rwX,go-w src", "chmod 9 a.txt", "chmod +x nosuch", "chmod",
        "chmod 644", "chmod -x a.txt", "chmod -f +x nosuch",
    })
    void utilities(String line) {
        Differential.check(line, "some stdin\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "diff a.txt a.txt", "diff d1/one.txt d2/one.txt", "diff -u d1/one.txt d2/one.txt",
        "diff -U 1 d1/one.txt d2/one.txt", "diff -U 0 d1/one.txt d2/one.txt", "diff -q d1/one.txt d2/one.txt",
        "diff a.txt nonl.txt", "diff -u nonl.txt a.txt", "diff a.txt b.txt", "diff -i d1/one.txt d2/one.txt",
        "diff nosuch a.txt", "diff a.txt", "diff d1 d2", "diff -r d1 d2", "diff -q -r d1 d2", "diff -ru d1 d2",
        "diff src/util/x.h a.txt", "diff a.txt src/util/x.h", "diff -u src/util/x.h b.txt", "diff b.txt list.txt",
        "diff -w a.txt a.txt", "diff d1/one.txt d2", "diff big.bin big.bin", "diff -s a.txt a.txt",
        "diff -N -r d1 d2", "diff b.txt a.txt", "diff -u b.txt a.txt", "diff /dev/null a.txt", "diff -c d1/one.txt d2/one.txt", "diff -C 1 d1/one.txt d2/one.txt",
        "diff --unified=1 d1/one.txt d2/one.txt", "diff --context=0 d1/one.txt d2/one.txt", "diff -c a.txt nonl.txt",
        "diff -c src/util/x.h a.txt", "diff -c a.txt src/util/x.h", "diff -rc d1 d2", "diff -U x a.txt b.txt",
        "diff a.txt /dev/null", "cat /dev/null a.txt", "md5sum /dev/null", "diff -q /dev/null src/util/x.h",
    })
    void diff(String line) {
        Differential.check(line, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "xargs", "xargs echo", "xargs -n 1", "xargs -n 2 echo x", "xargs -I{} echo [{}]", "xargs cat",
        "xargs -r echo", "xargs -L 1 echo", "xargs -d , echo", "xargs nosuchcmd", "xargs -t echo",
        "tee", "tee out1 out2", "tee /dev/null", "diff - a.txt", "tee -a a.txt", "tee nodir/x out3",
        "cat", "cat -n - a.txt", "base64", "base64 -d", "sha256sum -", "md5sum",
    })
    void fromStdin(String line) {
        Differential.check(line, "a.txt 'b c' \"d e\"\nsrc/main.c,b.txt\n  x\\ y\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"du", "du -a", "du -ab", "du --max-depth=1", "du -a --apparent-size src", "rm -rv src",
        "cp -rv src x", "cp -rv src/util empty"})
    void directoryOrder(String line) {
        Differential.check(line, null, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base64 -d", "base64 -d -i", "xargs -0 echo", "xargs -r", "xargs -0 -n1 echo"})
    void fromOtherStdin(String line) {
        Differential.check(line, "aGVsbG8gd29ybGQK\n");
    }
}

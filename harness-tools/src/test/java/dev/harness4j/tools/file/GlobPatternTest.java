package dev.harness4j.tools.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class GlobPatternTest {
    private static final long SEED = 20260401L;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*.java          | A.java          | true",
        "*.java          | src/A.java      | false",
        "*.java          | .java           | true",
        "**/*.java       | A.java          | true",
        "**/*.java       | a/b/c/A.java    | true",
        "**/*.java       | a/b/A.jav       | false",
        "src/**          | src/a/b         | true",
        "src/**          | other/a         | false",
        "**              | a/.hidden/b     | true",
        "a/**/b          | a/b             | true",
        "a/**/b          | a/x/y/b         | true",
        "a/**/b          | a/x/y/bb        | false",
        "a**b            | a/b             | false",
        "a**b            | axxb            | true",
        "?.txt           | a.txt           | true",
        "?.txt           | ab.txt          | false",
        "?               | /               | false",
        "[abc].txt       | b.txt           | true",
        "[abc].txt       | d.txt           | false",
        "[!abc].txt      | d.txt           | true",
        "[!abc].txt      | a.txt           | false",
        "[^abc].txt      | d.txt           | true",
        "[a-c]x          | bx              | true",
        "[a-c]x          | dx              | false",
        "[-a]x           | -x              | true",
        "[]a]x           | ]x              | true",
        "[a-]x           | -x              | true",
        "[\\]-a]x        | ^x              | true",
        "[!-.]x          | ,x              | true",
        "[!-.]x          | -x              | false",
        "a[!b]c          | a/c             | false",
        "{a,b}.txt       | b.txt           | true",
        "{a,b}.txt       | c.txt           | false",
        "{src,test}/**/*.java | test/x/T.java | true",
        "{a,{b,c}d}      | cd              | true",
        "{a/b,c}/x       | a/b/x           | true",
        "file(1).txt     | file(1).txt     | true",
        "a+b$^.txt       | a+b$^.txt       | true",
        "\\*.txt         | *.txt           | true",
        "\\*.txt         | a.txt           | false",
        "./src/*.c       | src/m.c         | true",
        "src//*.c        | src/m.c         | true",
        "x}y             | x}y             | true",
        "a,b             | a,b             | true",
        "Foo.java        | foo.java        | false",
    })
    void matches(String pattern, String path, boolean expected) {
        assertEquals(expected, GlobPattern.compile(pattern).matches(path), pattern + " vs " + path);
    }

    @Test
    void literalPrefixLeavesAtLeastOneSegment() {
        assertEquals(List.of("src", "main"), GlobPattern.compile("src/main/**/*.java").literalPrefix());
        assertEquals(List.of("a"), GlobPattern.compile("a/b.txt").literalPrefix());
        assertEquals(List.of(), GlobPattern.compile("b.txt").literalPrefix());
        assertEquals(List.of(), GlobPattern.compile("{a,b}/c").literalPrefix());
        assertEquals(List.of("x"), GlobPattern.compile("./x/[ab]/c").literalPrefix());
        GlobPattern rest = GlobPattern.compile("src/main/**/*.java").withoutLiteralPrefix();
        assertEquals(true, rest.matches("p/A.java"));
        assertEquals(false, rest.matches("main/p/A.java".substring(5) + "x"));
    }

    @Test
    void refusals() {
        assertEquals("\"..\" is not permitted in the pattern a/../b (use path to search another directory of the "
                + "workspace)", assertThrows(ToolFailure.class, () -> GlobPattern.compile("a/../b")).getMessage());
        assertEquals("invalid pattern \"a[bc\": unclosed [",
                assertThrows(ToolFailure.class, () -> GlobPattern.compile("a[bc")).getMessage());
        assertEquals("invalid pattern \"{a,{b}\": unclosed {",
                assertThrows(ToolFailure.class, () -> GlobPattern.compile("{a,{b}")).getMessage());
        assertEquals("invalid pattern \"[z-a]\": reversed range z-a",
                assertThrows(ToolFailure.class, () -> GlobPattern.compile("[z-a]")).getMessage());
        assertEquals("invalid pattern \"[b-.]x\": reversed range b-.",
                assertThrows(ToolFailure.class, () -> GlobPattern.compile("[b-.]x")).getMessage());
        assertEquals("the pattern \"./\" matches nothing; try **/*",
                assertThrows(ToolFailure.class, () -> GlobPattern.compile("./")).getMessage());
    }

    /** Any file name, with every special character escaped, matches itself and nothing longer. */
    @Test
    void escapedNamesMatchThemselvesExactly() {
        Gen<String> names = strings().ascii().ofLengthBetween(1, 12)
                .assuming(s -> !s.contains("/") && !s.equals(".") && !s.equals(".."));
        qt().withFixedSeed(SEED).withExamples(3000).forAll(names).checkAssert(name -> {
            GlobPattern glob = GlobPattern.compile(escape(name));
            assertEquals(true, glob.matches(name), name);
            assertEquals(false, glob.matches(name + "x"), name);
            assertEquals(false, glob.matches("d/" + name), name);
        });
    }

    /** Any string of glob syntax either compiles or is refused with a message; never an unexpected exception. */
    @Test
    void arbitraryPatternsCompileOrAreRefused() {
        String alphabet = "ab*?[]{},!^-\\/.x";
        Gen<String> patterns = lists().of(org.quicktheories.generators.SourceDSL.integers().between(0,
                alphabet.length() - 1).map(alphabet::charAt)).ofSizeBetween(1, 12)
                .map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(patterns).checkAssert(p -> {
            try {
                GlobPattern glob = GlobPattern.compile(p);
                glob.matches("ab/x");
                glob.withoutLiteralPrefix().matches("x");
            } catch (ToolFailure refused) {
                assertTrue(refused.getMessage().contains(p), refused.getMessage());
            }
        });
    }

    /** {@code **}/name matches the name at any depth; {@code *} never crosses a slash. */
    @Test
    void doubleStarSpansDirectoriesAndStarDoesNot() {
        Gen<String> segment = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6);
        qt().withFixedSeed(SEED).forAll(lists().of(segment).ofSizeBetween(0, 5), segment).checkAssert((dirs, name) -> {
            String path = dirs.isEmpty() ? name + ".txt" : String.join("/", dirs) + "/" + name + ".txt";
            assertEquals(true, GlobPattern.compile("**/" + name + ".txt").matches(path), path);
            assertEquals(true, GlobPattern.compile("**/*.txt").matches(path), path);
            assertEquals(dirs.isEmpty(), GlobPattern.compile("*.txt").matches(path), path);
            assertEquals(dirs.size() == 1, GlobPattern.compile("*/*").matches(path), path);
        });
    }

    private static String escape(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\,".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

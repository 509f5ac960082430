package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The builtins: test and [[ ]], echo, read, declarations, type/command, getopts, cd. */
class BuiltinsTest {
    private final ShellFixture f = new ShellFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void testAndConditional() {
        assertEquals("0 1 0 2\n", f.out("[ 2 -gt 1 ]; a=$?; [ abc = abd ]; b=$?; test -z ''; c=$?; "
                + "[ 1 -eq x ] 2>/dev/null; echo $a $b $c $?"));
        assertEquals("glob regex 12 ab\n", f.out("[[ file.txt == *.txt ]] && echo -n 'glob '; "
                + "[[ ab12 =~ ^([a-z]+)([0-9]+)$ ]] && echo regex ${BASH_REMATCH[2]} ${BASH_REMATCH[1]}"));
        assertEquals("literal\n", f.out("p='*.txt'; [[ x.txt == \"$p\" ]] || echo literal"));
    }

    @Test
    void echoOptions() {
        assertEquals("a b|tab\there\n-x\n", f.out("echo -n a b; echo -n '|'; echo -e 'tab\\there'; echo -x"));
        assertEquals("stop", f.out("echo -e 'stop\\cnever'"));
    }

    @Test
    void readSplitsOnIfsAndReportsEof() {
        assertEquals("[a] [b c]\n", f.out("read x y <<< '  a   b c  '; echo \"[$x] [$y]\""));
        assertEquals("1 [partial]\n", f.out("read -r x < <(echo -n partial); echo $? \"[$x]\""));
        assertEquals("3 q\n", f.out("read -ra arr <<< 'o p q'; echo ${#arr[@]} ${arr[2]}"));
        assertEquals("1\n", f.out("read x; echo $?"));
        assertEquals("a\\b\n", f.out("read -r x <<< 'a\\b'; echo \"$x\""));
    }

    @Test
    void declarationsAndArrays() {
        assertEquals("declare -a a=([0]=\"x\" [1]=\"y z\")\n", f.out("a=(x 'y z'); declare -p a"));
        assertEquals("3 v2\n", f.out("declare -A m=([k1]=v1 [k2]=v2); m[k3]=v3; echo ${#m[@]} ${m[k2]}"));
        ShellFixture.Result r = f.run("readonly R=1; R=2");
        assertEquals(1, r.status());
        assertEquals("bash: R: readonly variable\n", r.err());
        assertEquals("15\n", f.out("declare -i n=7; n+=8; echo $n"));
    }

    @Test
    void typeAndCommandDescribeNames() {
        assertEquals("echo is a shell builtin\ncat is /usr/bin/cat\nkeyword\nfunction\n",
                f.out("type echo cat; type -t while; g(){ :; }; type -t g"));
        assertEquals("echo\n/usr/bin/cat\n1\n", f.out("command -v echo cat; command -v nope; echo $?"));
    }

    @Test
    void getoptsWalksOptions() {
        assertEquals("a b=1 rest\n", f.out("set -- -a -b 1 rest; while getopts ab: o; do "
                + "case $o in a) echo -n 'a ';; b) echo -n \"b=$OPTARG \";; esac; done; shift $((OPTIND-1)); echo $1"));
    }

    @Test
    void cdReportsErrorsAndKeepsTheJail() {
        ShellFixture.Result r = f.run("cd /etc");
        assertEquals(1, r.status());
        assertEquals("bash: cd: /etc: No such file or directory\n", r.err());
        assertEquals("/workspace\n", f.out("cd ..; cd /workspace; pwd"));
        assertTrue(f.run("cd a b").err().contains("too many arguments"));
        assertEquals("/mnt/session/uploads\n", f.out("cd /mnt/session/uploads && pwd"));
    }
}

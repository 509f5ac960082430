package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Word expansion: parameters, splitting, globbing through the workspace, braces, tilde, arithmetic. */
class ExpansionTest {
    private final ShellFixture f = new ShellFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private String args(String words) {
        return f.out("show(){ for a; do echo \"<$a>\"; done; }; show " + words);
    }

    @Test
    void splittingHappensOnlyForUnquotedExpansions() {
        f.out("x='a  b'; e=''");
        assertEquals("<a>\n<b>\n", args("$x"));
        assertEquals("<a  b>\n", args("\"$x\""));
        assertEquals("", args("$e"));
        assertEquals("<>\n", args("\"$e\""));
        assertEquals("<x=a>\n<b>\n", args("x=$x"));
        f.out("IFS=,; y='1,,2'");
        assertEquals("<1>\n<>\n<2>\n", args("$y"));
    }

    @Test
    void quotedAtKeepsArgumentsApart() {
        f.out("set -- 'a b' '' c");
        assertEquals("<a b>\n<>\n<c>\n", args("\"$@\""));
        assertEquals("<a b  c>\n", args("\"$*\""));
        assertEquals("<a>\n<b>\n<c>\n", args("$@"));
        assertEquals("<xa b>\n<>\n<cy>\n", args("\"x$@y\""));
        f.out("set --");
        assertEquals("", args("\"$@\""));
    }

    @Test
    void parameterOperators() {
        f.out("p=/a/b.c/d.tar.gz");
        assertEquals("d.tar.gz /a/b.c d.tar /a/b\n", f.out("n=${p##*/}; echo $n ${p%/*} ${n%.*} ${p%%.*}"));
        assertEquals("X-b-c a_b_c\n", f.out("s=a-b-c; t=${s/a/X}; echo $t ${s//-/_}"));
        assertEquals("def set 3\n", f.out("unset u; v=abc; echo ${u:-def} ${v:+set} ${#v}"));
        assertEquals("new new\n", f.out("unset w; echo ${w:=new} $w"));
        assertEquals("bc ABC Abc\n", f.out("v=abc; echo ${v:1} ${v^^} ${v^}"));
    }

    @Test
    void globbingMatchesWorkspaceFilesSorted() {
        f.seed("/workspace/b.txt", "");
        f.seed("/workspace/a.txt", "");
        f.seed("/workspace/.hidden.txt", "");
        f.seed("/workspace/src/main.java", "");
        assertEquals("a.txt b.txt\n", f.out("echo *.txt"));
        assertEquals(".hidden.txt\n", f.out("echo .*.txt"));
        assertEquals("*.none\n", f.out("echo *.none"));
        assertEquals("src/main.java\n", f.out("echo */*.java"));
        assertEquals("/workspace/src/main.java\n", f.out("echo /workspace/s?c/[a-m]*"));
        assertEquals("*.txt\n", f.out("echo '*.txt'"));
        assertEquals("../a.txt\n", f.out("cd src; echo ../[!b]*.txt"));
    }

    @Test
    void bracesTildeAndArithmetic() {
        assertEquals("a1 a2 b1 b2 1 2 3 01 02 03\n", f.out("echo {a,b}{1,2} {1..3} {01..3}"));
        assertEquals("/workspace /workspace/x ~\n", f.out("echo ~ ~/x '~'"));
        assertEquals("7 1 8 -1 2\n", f.out("echo $((1+2*3)) $((7%3)) $((2**3)) $((-3/2)) $((x=2))"));
    }

    @Test
    void commandSubstitutionStripsTrailingNewlines() {
        assertEquals("[a\nb]\n", f.out("x=$(echo a; echo b; echo); echo \"[$x]\""));
        assertEquals("inner\n", f.out("echo `echo inner`"));
        f.seed("/workspace/v.txt", "content\n\n");
        assertEquals("[content]\n", f.out("x=$(< v.txt); echo \"[$x]\""));
    }
}

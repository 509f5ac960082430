package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Control flow, functions, options, and state that persists between calls. */
class InterpreterTest {
    private final ShellFixture f = new ShellFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void loopsWithBreakAndContinue() {
        assertEquals("1a 2a 3a \n", f.out("for i in 1 2 3; do for j in a b; do [ $j = b ] && continue 2; "
                + "echo -n \"$i$j \"; done; done; echo"));
        assertEquals("0 1 2 \n", f.out("for ((i=0; i<10; i++)); do ((i==3)) && break; echo -n \"$i \"; done; echo"));
        assertEquals("3\n", f.out("n=0; until [ $n -ge 3 ]; do n=$((n+1)); done; echo $n"));
    }

    @Test
    void functionsHaveLocalsPositionalsAndReturn() {
        assertEquals("x:2 inner\nglobal\n7\n", f.out("v=global; f(){ local v=inner; echo \"$1:$# $v\"; return 7; }; "
                + "f x y; s=$?; echo $v; echo $s"));
        assertEquals("a b\n", f.out("function g { echo \"$@\"; }; g a b"));
        assertEquals("5\n", f.out("fact(){ if (( $1 <= 1 )); then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); "
                + "fi; }; x=$(fact 3); echo $((x-1))"));
    }

    @Test
    void stateCarriesOverBetweenCalls() {
        f.out("cd /workspace; mkdirless=1; export E=exported; f(){ echo from-f; }; set -- p1 p2; shopt -s x");
        f.seed("/workspace/d/keep", "");
        f.out("cd d");
        assertEquals("/workspace/d\nfrom-f\nexported 1\n", f.out("pwd; f; echo $E $mkdirless"));
        assertEquals("/workspace/d", f.shell.cwd());
        assertEquals("/workspace\n/workspace/d\n", f.out("cd -; cd -"));
        assertEquals("/workspace\n", f.out("cd; pwd"));
    }

    @Test
    void subshellsDoNotLeak() {
        assertEquals("inner\nouter\n", f.out("x=outer; (x=inner; echo $x); echo $x"));
        assertEquals("/workspace\n", f.out("(cd /mnt/session/outputs); pwd"));
        assertEquals("3\n", f.out("(exit 3); echo $?"));
    }

    @Test
    void errexitNounsetAndPipefail() {
        ShellFixture.Result r = f.run("set -e; echo a; false; echo never");
        assertEquals("a\n", r.out());
        assertEquals(1, r.status());
        f.out("set +e");
        r = f.run("set -u; echo $nope; echo never");
        assertEquals(127, r.status());
        assertEquals("bash: nope: unbound variable\n", r.err());
        f.out("set +u");
        assertEquals("1\n", f.out("set -o pipefail; false | true; echo $?"));
        assertEquals("0 1 0\n", f.out("true | false | true; echo ${PIPESTATUS[@]}"));
    }

    @Test
    void unknownCommandsFailWithAHint() {
        ShellFixture.Result r = f.run("python3 -c 'print(1)'");
        assertEquals(127, r.status());
        String[] lines = r.err().split("\n");
        assertEquals("bash: python3: command not found", lines[0]);
        assertTrue(lines[1].contains("in-memory workspace") && lines[1].contains("echo"), lines[1]);
    }

    @Test
    void prefixAssignmentsAreTemporaryAndExported() {
        assertEquals("E=1\n", f.out("E=1 envdump | while read l; do case $l in E=*) echo $l;; esac; done"));
        assertEquals("[]\n", f.out("echo \"[$E]\""));
        assertEquals("in f: 2\n[]\n", f.out("g(){ echo \"in f: $V\"; }; V=2 g; echo \"[$V]\""));
    }

    @Test
    void environmentHasOnlyExportedDefaults() {
        String env = f.out("local_only=1; envdump");
        assertTrue(env.contains("HOME=/workspace\n") && env.contains("PATH=/usr/local/bin:/usr/bin:/bin\n")
                && env.contains("LANG=C.UTF-8\n") && env.contains("PWD=/workspace\n"), env);
        assertTrue(!env.contains("local_only") && !env.contains("IFS="), env);
    }

    @Test
    void executeRunsBuiltinsFunctionsAndCommands() {
        assertEquals("hi\nfrom f x\n", f.out("run-each echo hi; f(){ echo from f $1; }; run-each f x"));
        assertEquals(127, f.run("run-each nosuch").status());
    }

    @Test
    void syntaxErrorsStopAfterEarlierLinesRan() {
        ShellFixture.Result r = f.run("echo first\nif then\necho never");
        assertEquals("first\n", r.out());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("syntax error"), r.err());
    }

    @Test
    void evalSourceAndBash() {
        f.seed("/workspace/lib.sh", "greet(){ echo \"hello $1\"; }\nLOADED=yes\n");
        assertEquals("hello w yes\n", f.out("source lib.sh; . ./lib.sh; greet w | { read a b; echo $a $b $LOADED; }"));
        assertEquals("3\n", f.out("eval 'x=1; y=2'; echo $((x+y))"));
        assertEquals("a b\n7\n", f.out("bash -c 'echo $0 $1; exit 7' a b; echo $?"));
    }

    @Test
    void aCommandThatThrowsFailsAloneAndTheScriptGoesOn() {
        f.shell.register(new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int run(CommandContext context, java.util.List<String> args) {
                throw new IllegalStateException("bug");
            }
        });
        ShellFixture.Result r = f.run("broken; echo \"after $?\"");
        assertEquals("after 1\n", r.out());
        assertTrue(r.err().startsWith("bash: broken: internal error: java.lang.IllegalStateException: bug"), r.err());
        assertTrue(f.shell.commandNames().containsAll(java.util.List.of("broken", "cd", "echo", "cat")));
    }

    @Test
    void scriptsRunByPathAndCommandsBySystemPath() {
        f.seed("/workspace/bin/tool.sh", "#!/bin/bash\necho \"tool $0 $1\"\nexit 4\n");
        f.seed("/workspace/app.py", "#!/usr/bin/env python3\nprint(1)\n");
        ShellFixture.Result r = f.run("./bin/tool.sh x; echo \"rc=$?\"; /usr/bin/cat <<< via-path; ./app.py; echo $?");
        assertEquals("tool ./bin/tool.sh x\nrc=4\nvia-path\n126\n", r.out());
        assertTrue(r.err().contains("./app.py: cannot execute"), r.err());
    }
}

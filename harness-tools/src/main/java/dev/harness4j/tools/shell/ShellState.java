package dev.harness4j.tools.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a subshell copies: variables, functions, positional parameters, options, working directory. */
final class ShellState {
    Variables vars = new Variables();
    Map<String, Node.FunctionDef> functions = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    String cwd;
    boolean errexit;
    boolean nounset;
    boolean pipefail;
    boolean noglob;
    boolean xtrace;
    boolean nullglob;
    boolean dotglob;
    int lastStatus;
    String scriptName = "bash";
    /** The {@code trap … EXIT} command, or null; subshells start without it. */
    String exitTrap;
    /** Where {@code getopts} stands inside a cluster of options such as {@code -abc}. */
    int getoptsIndex = 1;
    int getoptsChar = 1;
    long randomSeed = 42;

    ShellState copy() {
        ShellState s = new ShellState();
        s.vars = vars.copy();
        s.functions = new LinkedHashMap<>(functions);
        s.positional = new ArrayList<>(positional);
        s.cwd = cwd;
        s.errexit = errexit;
        s.nounset = nounset;
        s.pipefail = pipefail;
        s.noglob = noglob;
        s.xtrace = xtrace;
        s.nullglob = nullglob;
        s.dotglob = dotglob;
        s.lastStatus = lastStatus;
        s.scriptName = scriptName;
        s.getoptsIndex = getoptsIndex;
        s.getoptsChar = getoptsChar;
        s.randomSeed = randomSeed;
        return s;
    }

    /** The value of {@code $-}. */
    String flags() {
        StringBuilder sb = new StringBuilder();
        if (errexit) {
            sb.append('e');
        }
        if (noglob) {
            sb.append('f');
        }
        sb.append('h');
        if (nounset) {
            sb.append('u');
        }
        if (xtrace) {
            sb.append('x');
        }
        return sb.append('B').toString();
    }

    /** The next value of {@code $RANDOM} (deterministic per shell). */
    int random() {
        randomSeed = (randomSeed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (randomSeed >>> 17) & 0x7fff;
    }
}

package dev.harness4j.tools.shell;

import java.util.List;

/** A shell word as parsed: a sequence of parts that expansion turns into zero or more fields. */
record Word(List<Part> parts) {

    Word {
        parts = List.copyOf(parts);
    }

    /** One piece of a word. */
    sealed interface Part permits Lit, Quoted, DoubleQuoted, Param, CommandSub, ArithSub, Tilde, ProcessSub {
    }

    /** Unquoted literal text: subject to globbing and brace expansion, never split. */
    record Lit(String text) implements Part {
    }

    /** Quoted literal text ({@code '…'}, {@code $'…'}, a backslash escape): taken verbatim. */
    record Quoted(String text) implements Part {
    }

    /** A double-quoted sequence: expansions inside are neither split nor globbed. */
    record DoubleQuoted(List<Part> parts) implements Part {
        DoubleQuoted {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A parameter expansion {@code $name} or {@code ${…}}.
     *
     * @param name   the parameter name ({@code 1}, {@code @}, {@code HOME}…)
     * @param index  the array subscript text, or null
     * @param length true for {@code ${#name}}
     * @param op     the operator ({@code :-}, {@code #}, {@code //}…), or null
     * @param arg    the operator's word, or null
     * @param arg2   the replacement of {@code ${x/a/b}}, or null
     * @param indirect true for {@code ${!name}}
     */
    record Param(String name, String index, boolean length, String op, Word arg, Word arg2, boolean indirect)
            implements Part {
        static Param simple(String name) {
            return new Param(name, null, false, null, null, null, false);
        }
    }

    /** A command substitution {@code $(…)} or backticks: the source text, parsed when run. */
    record CommandSub(String source) implements Part {
    }

    /** A process substitution {@code <(…)}: the command's output, readable through a {@code /dev/fd/N} path. */
    record ProcessSub(String source) implements Part {
    }

    /** An arithmetic expansion {@code $((…))}: the expression text (itself expanded first). */
    record ArithSub(Word expression) implements Part {
    }

    /** A leading tilde prefix ({@code ~} or {@code ~user}). */
    record Tilde(String user) implements Part {
    }

    /** The word's literal text when it has no quotes and no expansions, else null. */
    String literal() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Lit l) {
                sb.append(l.text());
            } else {
                return null;
            }
        }
        return sb.toString();
    }
}

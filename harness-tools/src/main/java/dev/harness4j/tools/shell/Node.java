package dev.harness4j.tools.shell;

import java.util.List;

/** The shell's syntax tree: commands and the constructs that combine them. */
sealed interface Node permits Node.Simple, Node.Pipeline, Node.AndOr, Node.Sequence, Node.Subshell, Node.Group,
        Node.If, Node.For, Node.ArithFor, Node.Loop, Node.Case, Node.FunctionDef, Node.ArithCommand,
        Node.Conditional, Node.Redirected {

    /** {@code name=value} before a command, or {@code name=(…)} for an array. */
    record Assignment(String name, String index, boolean append, Word value, List<Word> array) {
    }

    /** A redirection: {@code fd op target}; {@code heredoc} carries the body for {@code <<}. */
    record Redirect(int fd, String op, Word target, HereDoc heredoc) {
    }

    /** A here-document body, filled in by the lexer once it reaches the lines after the command. */
    final class HereDoc {
        private Word body = new Word(java.util.List.of());

        Word body() {
            return body;
        }

        void body(Word value) {
            body = value;
        }
    }

    /** A simple command: assignments, words, redirections. */
    record Simple(List<Assignment> assignments, List<Word> words, List<Redirect> redirects, int line)
            implements Node {
    }

    /** Commands joined by {@code |}; {@code negate} for a leading {@code !}. */
    record Pipeline(List<Node> commands, boolean negate) implements Node {
    }

    /** Pipelines joined by {@code &&} / {@code ||}: {@code ops.get(i)} joins item i and i+1. */
    record AndOr(List<Node> items, List<String> ops) implements Node {
    }

    /** Commands run one after another. */
    record Sequence(List<Node> items) implements Node {
    }

    /** {@code ( … )}. */
    record Subshell(Node body) implements Node {
    }

    /** {@code { …; }}. */
    record Group(Node body) implements Node {
    }

    /** {@code if} with its {@code elif} branches: conditions.get(i) guards bodies.get(i); elseBody may be null. */
    record If(List<Node> conditions, List<Node> bodies, Node elseBody) implements Node {
    }

    /** {@code for name in words; do body; done}; words null means {@code "$@"}. */
    record For(String name, List<Word> words, Node body) implements Node {
    }

    /** {@code for ((init; test; step))}. */
    record ArithFor(Word init, Word test, Word step, Node body) implements Node {
    }

    /** {@code while} or ({@code until} true) loops. */
    record Loop(boolean until, Node condition, Node body) implements Node {
    }

    /** One {@code case} arm; terminator is {@code ;;}, {@code ;&} or {@code ;;&}. */
    record CaseArm(List<Word> patterns, Node body, String terminator) {
    }

    /** {@code case word in … esac}. */
    record Case(Word subject, List<CaseArm> arms) implements Node {
    }

    /** A function definition. */
    record FunctionDef(String name, Node body) implements Node {
    }

    /** {@code (( expr ))}. */
    record ArithCommand(Word expression) implements Node {
    }

    /** {@code [[ … ]]}: the words and operators between the brackets, in order. */
    record Conditional(List<CondToken> tokens) implements Node {
    }

    /** One item of a {@code [[ ]]} expression: an operator ({@code op} set) or a word. */
    record CondToken(String op, Word word, boolean regex) {
    }

    /** A compound command with redirections. */
    record Redirected(Node body, List<Redirect> redirects) implements Node {
    }
}

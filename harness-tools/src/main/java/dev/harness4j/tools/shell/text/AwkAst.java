package dev.harness4j.tools.shell.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The syntax tree of an awk program. */
final class AwkAst {
    private AwkAst() {
    }

    /** An expression. */
    sealed interface Expr permits Num, Str, Regex, Var, Local, Field, Index, Assign, Cond, Binary, Logical, Unary,
            IncDec, In, Call, Builtin, Getline, Group {
    }

    /** A numeric constant. */
    record Num(double value) implements Expr {
    }

    /** A string constant. */
    record Str(String value) implements Expr {
    }

    /** A regex constant; as a value it matches $0. */
    record Regex(Pattern pattern, String source) implements Expr {
    }

    /** A global variable (scalar or array). */
    record Var(String name) implements Expr {
    }

    /** A function parameter, by slot. */
    record Local(int slot, String name) implements Expr {
    }

    /** {@code $expr}. */
    record Field(Expr index) implements Expr {
    }

    /** {@code array[subscripts]}; {@code array} is a Var or Local. */
    record Index(Expr array, List<Expr> subscripts) implements Expr {
    }

    /** {@code target op= value} with op one of = += -= *= /= %= ^=. */
    record Assign(Expr target, String op, Expr value) implements Expr {
    }

    /** {@code c ? a : b}. */
    record Cond(Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** Arithmetic, comparison, match (~ !~) and concatenation (op " "). */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    /** {@code &&} and {@code ||}. */
    record Logical(boolean and, Expr left, Expr right) implements Expr {
    }

    /** Unary - + !. */
    record Unary(char op, Expr operand) implements Expr {
    }

    /** ++ and --, prefix or postfix. */
    record IncDec(Expr target, boolean increment, boolean prefix) implements Expr {
    }

    /** {@code (subscripts) in array}. */
    record In(List<Expr> subscripts, Expr array) implements Expr {
    }

    /** A user function call. */
    record Call(String name, List<Expr> args) implements Expr {
    }

    /** A builtin function call. */
    record Builtin(String name, List<Expr> args) implements Expr {
    }

    /** getline: {@code kind} is plain (main input), file ({@code < source}) or command ({@code source |}). */
    record Getline(char kind, Expr target, Expr source) implements Expr {
    }

    /** A parenthesised expression, or a parenthesised list for {@code (a, b) in array}. */
    record Group(List<Expr> items) implements Expr {
    }

    /** A statement. */
    sealed interface Stmt permits ExprStmt, Print, If, While, DoWhile, For, ForIn, Block, Simple, Exit, Return,
            Delete {
    }

    /** An expression evaluated for its effect. */
    record ExprStmt(Expr expr) implements Stmt {
    }

    /** print or printf with optional redirection ({@code >}, {@code >>}, {@code |}). */
    record Print(boolean formatted, List<Expr> args, String redirect, Expr destination) implements Stmt {
    }

    /** if / else. */
    record If(Expr condition, Stmt then, Stmt otherwise) implements Stmt {
    }

    /** while. */
    record While(Expr condition, Stmt body) implements Stmt {
    }

    /** do-while. */
    record DoWhile(Stmt body, Expr condition) implements Stmt {
    }

    /** for (init; cond; step). */
    record For(Stmt init, Expr condition, Stmt step, Stmt body) implements Stmt {
    }

    /** for (var in array). */
    record ForIn(Expr variable, Expr array, Stmt body) implements Stmt {
    }

    /** { statements }. */
    record Block(List<Stmt> body) implements Stmt {
    }

    /** next, nextfile, break, continue. */
    record Simple(String keyword) implements Stmt {
    }

    /** exit [status]. */
    record Exit(Expr status) implements Stmt {
    }

    /** return [value]. */
    record Return(Expr value) implements Stmt {
    }

    /** delete array[subscripts] or delete array. */
    record Delete(Expr array, List<Expr> subscripts) implements Stmt {
    }

    /** A pattern-action item: BEGIN, END, a pattern, a range or always ({@code pattern} null). */
    record Item(String kind, Expr pattern, Expr rangeEnd, Block action) {
    }

    /** A user function: its parameters, which of them are used as arrays, and its body. */
    record Function(String name, List<String> params, boolean[] arrayParams, Block body) {
    }

    /** A whole program. */
    record Program(List<Item> items, Map<String, Function> functions) {
    }
}

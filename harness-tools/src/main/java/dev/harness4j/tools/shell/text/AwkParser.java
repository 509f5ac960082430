package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.text.AwkAst.Block;
import dev.harness4j.tools.shell.text.AwkAst.Expr;
import dev.harness4j.tools.shell.text.AwkAst.Stmt;
import dev.harness4j.tools.shell.text.AwkLexer.Kind;
import dev.harness4j.tools.shell.text.AwkLexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser for POSIX awk: items, statements and the expression grammar with its precedences. */
final class AwkParser {
    private final List<Token> tokens;
    private int pos;
    private List<String> params;
    private boolean[] arrayParams;
    private final AwkExprParser exprs;

    private AwkParser(List<Token> tokens) {
        this.tokens = tokens;
        this.exprs = new AwkExprParser(this);
    }

    /** Parses a program. */
    static AwkAst.Program parse(String source) throws AwkException {
        AwkParser p = new AwkParser(AwkLexer.lex(source));
        return p.program();
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    void pos(int delta) {
        pos += delta;
    }

    Token next() {
        return tokens.get(pos++);
    }

    boolean at(String op) {
        return peek().is(op);
    }

    boolean accept(String op) {
        if (at(op)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String op) throws AwkException {
        if (!accept(op)) {
            throw error();
        }
    }

    AwkException error() {
        Token t = peek();
        String near = t.kind() == Kind.NEWLINE ? "end of line" : t.kind() == Kind.EOF ? "end of file" : t.text();
        return new AwkException("syntax error at source line " + t.line() + " near " + near);
    }

    void newlines() {
        while (peek().kind() == Kind.NEWLINE) {
            pos++;
        }
    }

    /** The variable a name refers to here: a parameter slot inside a function, else a global. */
    Expr variable(String name, boolean asArray) {
        if (params != null) {
            int slot = params.indexOf(name);
            if (slot >= 0) {
                if (asArray) {
                    arrayParams[slot] = true;
                }
                return new AwkAst.Local(slot, name);
            }
        }
        return new AwkAst.Var(name);
    }

    private AwkAst.Program program() throws AwkException {
        List<AwkAst.Item> items = new ArrayList<>();
        Map<String, AwkAst.Function> functions = new HashMap<>();
        while (true) {
            while (peek().kind() == Kind.NEWLINE || at(";")) {
                pos++;
            }
            if (peek().kind() == Kind.EOF) {
                break;
            }
            if (accept("function")) {
                Token name = next();
                if (name.kind() != Kind.NAME && name.kind() != Kind.FUNC_NAME) {
                    throw error();
                }
                expect("(");
                params = new ArrayList<>();
                while (!at(")")) {
                    Token p = next();
                    if (p.kind() != Kind.NAME) {
                        throw error();
                    }
                    params.add(p.text());
                    if (!at(")")) {
                        expect(",");
                        newlines();
                    }
                }
                expect(")");
                arrayParams = new boolean[params.size()];
                newlines();
                Block body = block();
                functions.put(name.text(), new AwkAst.Function(name.text(), params, arrayParams, body));
                params = null;
                continue;
            }
            if (accept("BEGIN")) {
                newlines();
                items.add(new AwkAst.Item("BEGIN", null, null, block()));
            } else if (accept("END")) {
                newlines();
                items.add(new AwkAst.Item("END", null, null, block()));
            } else if (at("{")) {
                items.add(new AwkAst.Item("MAIN", null, null, block()));
            } else {
                Expr pattern = exprs.expr(false);
                Expr end = null;
                if (accept(",")) {
                    newlines();
                    end = exprs.expr(false);
                }
                Block action = at("{") ? block() : null;
                items.add(new AwkAst.Item(end == null ? "PATTERN" : "RANGE", pattern, end, action));
            }
        }
        return new AwkAst.Program(items, functions);
    }

    Block block() throws AwkException {
        expect("{");
        List<Stmt> body = new ArrayList<>();
        while (true) {
            while (peek().kind() == Kind.NEWLINE || at(";")) {
                pos++;
            }
            if (accept("}")) {
                return new Block(body);
            }
            if (peek().kind() == Kind.EOF) {
                throw error();
            }
            body.add(statement());
        }
    }

    private void terminator() throws AwkException {
        if (at(";") || peek().kind() == Kind.NEWLINE) {
            pos++;
            return;
        }
        if (at("}") || peek().kind() == Kind.EOF) {
            return;
        }
        throw error();
    }

    private Stmt body() throws AwkException {
        newlines();
        if (accept(";")) {
            return new Block(List.of());
        }
        return statement();
    }

    Stmt statement() throws AwkException {
        Token t = peek();
        if (at("{")) {
            return block();
        }
        if (accept("if")) {
            expect("(");
            Expr c = exprs.expr(false);
            expect(")");
            Stmt then = body();
            int save = pos;
            while (peek().kind() == Kind.NEWLINE || at(";")) {
                pos++;
            }
            if (accept("else")) {
                return new AwkAst.If(c, then, body());
            }
            pos = save;
            return new AwkAst.If(c, then, null);
        }
        if (accept("while")) {
            expect("(");
            Expr c = exprs.expr(false);
            expect(")");
            if (at(";")) {
                pos++;
                return new AwkAst.While(c, new Block(List.of()));
            }
            return new AwkAst.While(c, body());
        }
        if (accept("do")) {
            Stmt b = body();
            while (peek().kind() == Kind.NEWLINE || at(";")) {
                pos++;
            }
            expect("while");
            expect("(");
            Expr c = exprs.expr(false);
            expect(")");
            terminator();
            return new AwkAst.DoWhile(b, c);
        }
        if (accept("for")) {
            return forStatement();
        }
        if (accept(";")) {
            return new Block(List.of());
        }
        Stmt s = simple(t);
        terminator();
        return s;
    }

    private Stmt forStatement() throws AwkException {
        expect("(");
        if (peek().kind() == Kind.NAME && peek(1).is("in") && peek(2).kind() == Kind.NAME && peek(3).is(")")) {
            Expr var = variable(next().text(), false);
            pos++;
            Expr array = variable(next().text(), true);
            pos++;
            return new AwkAst.ForIn(var, array, body());
        }
        Stmt init = at(";") ? null : simple(peek());
        expect(";");
        newlines();
        Expr cond = at(";") ? null : exprs.expr(false);
        expect(";");
        newlines();
        Stmt step = at(")") ? null : simple(peek());
        expect(")");
        if (at(";")) {
            pos++;
            return new AwkAst.For(init, cond, step, new Block(List.of()));
        }
        return new AwkAst.For(init, cond, step, body());
    }

    private Stmt simple(Token t) throws AwkException {
        if (accept("print") || accept("printf")) {
            return print(t.text().equals("printf"));
        }
        if (accept("next") || accept("nextfile") || accept("break") || accept("continue")) {
            return new AwkAst.Simple(t.text());
        }
        if (accept("exit")) {
            return new AwkAst.Exit(endOfSimple() ? null : exprs.expr(false));
        }
        if (accept("return")) {
            return new AwkAst.Return(endOfSimple() ? null : exprs.expr(false));
        }
        if (accept("delete")) {
            Token name = next();
            if (name.kind() != Kind.NAME) {
                throw error();
            }
            Expr array = variable(name.text(), true);
            if (accept("[")) {
                List<Expr> subs = exprs.list("]");
                return new AwkAst.Delete(array, subs);
            }
            return new AwkAst.Delete(array, null);
        }
        return new AwkAst.ExprStmt(exprs.expr(false));
    }

    private boolean endOfSimple() {
        return at(";") || at("}") || peek().kind() == Kind.NEWLINE || peek().kind() == Kind.EOF;
    }

    private Stmt print(boolean formatted) throws AwkException {
        List<Expr> args = new ArrayList<>();
        if (!endOfSimple() && !at(">") && !at(">>") && !at("|")) {
            Expr first = exprs.expr(true);
            if (first instanceof AwkAst.Group g && g.items().size() > 1 && !startsOperand()) {
                args.addAll(g.items());
            } else {
                args.add(first);
                while (accept(",")) {
                    newlines();
                    args.add(exprs.expr(true));
                }
            }
        }
        String redirect = null;
        Expr dest = null;
        if (at(">") || at(">>") || at("|")) {
            redirect = next().text();
            dest = exprs.concatenation(true);
        }
        return new AwkAst.Print(formatted, args, redirect, dest);
    }

    boolean startsOperand() {
        Token t = peek();
        return switch (t.kind()) {
            case NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN -> true;
            case OP -> t.text().equals("$") || t.text().equals("(") || t.text().equals("!")
                    || t.text().equals("++") || t.text().equals("--") || t.text().equals("-")
                    || t.text().equals("+");
            case KEYWORD -> t.text().equals("getline");
            default -> false;
        };
    }
}

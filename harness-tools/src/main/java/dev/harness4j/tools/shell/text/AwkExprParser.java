package dev.harness4j.tools.shell.text;

import dev.harness4j.tools.shell.text.AwkAst.Expr;
import dev.harness4j.tools.shell.text.AwkLexer.Kind;
import dev.harness4j.tools.shell.text.AwkLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The expression half of the awk parser. {@code noGt} is set inside print arguments, where an unparenthesised
 * {@code >} is a redirection rather than a comparison.
 */
final class AwkExprParser {
    private final AwkParser p;

    AwkExprParser(AwkParser parser) {
        this.p = parser;
    }

    /** A comma-separated list up to {@code close} (consumed). */
    List<Expr> list(String close) throws AwkException {
        List<Expr> items = new ArrayList<>();
        p.newlines();
        while (!p.at(close)) {
            items.add(expr(false));
            p.newlines();
            if (!p.at(close)) {
                p.expect(",");
                p.newlines();
            }
        }
        p.expect(close);
        return items;
    }

    static boolean lvalue(Expr e) {
        return e instanceof AwkAst.Var || e instanceof AwkAst.Local || e instanceof AwkAst.Field
                || e instanceof AwkAst.Index;
    }

    /** A full expression including assignment. */
    Expr expr(boolean noGt) throws AwkException {
        Expr left = ternary(noGt);
        Token t = p.peek();
        if (t.kind() == Kind.OP && lvalue(left) && List.of("=", "+=", "-=", "*=", "/=", "%=", "^=")
                .contains(t.text())) {
            p.next();
            p.newlines();
            return new AwkAst.Assign(left, t.text(), expr(noGt));
        }
        return left;
    }

    private Expr ternary(boolean noGt) throws AwkException {
        Expr c = or(noGt);
        if (p.accept("?")) {
            p.newlines();
            Expr a = expr(noGt);
            p.newlines();
            p.expect(":");
            p.newlines();
            Expr b = expr(noGt);
            return new AwkAst.Cond(c, a, b);
        }
        return c;
    }

    private Expr or(boolean noGt) throws AwkException {
        Expr left = and(noGt);
        while (p.accept("||")) {
            p.newlines();
            left = new AwkAst.Logical(false, left, and(noGt));
        }
        return left;
    }

    private Expr and(boolean noGt) throws AwkException {
        Expr left = in(noGt);
        while (p.accept("&&")) {
            p.newlines();
            left = new AwkAst.Logical(true, left, in(noGt));
        }
        return left;
    }

    private Expr in(boolean noGt) throws AwkException {
        Expr left = match(noGt);
        while (p.at("in")) {
            p.next();
            Token name = p.next();
            if (name.kind() != Kind.NAME) {
                throw p.error();
            }
            List<Expr> subs = left instanceof AwkAst.Group g ? g.items() : List.of(left);
            left = new AwkAst.In(subs, p.variable(name.text(), true));
        }
        return left;
    }

    private Expr match(boolean noGt) throws AwkException {
        Expr left = comparison(noGt);
        while (p.at("~") || p.at("!~")) {
            String op = p.next().text();
            left = new AwkAst.Binary(op, left, comparison(noGt));
        }
        return left;
    }

    private Expr comparison(boolean noGt) throws AwkException {
        Expr left = concatenation(noGt);
        while (true) {
            Token t = p.peek();
            if (t.is("|") && p.peek(1).is("getline")) {
                p.next();
                p.next();
                Expr target = getlineTarget();
                left = new AwkAst.Getline('|', target, left);
                continue;
            }
            if (t.kind() == Kind.OP && (List.of("<", "<=", "==", "!=", ">=").contains(t.text())
                    || (t.text().equals(">") && !noGt))) {
                p.next();
                return new AwkAst.Binary(t.text(), left, concatenation(noGt));
            }
            return left;
        }
    }

    private boolean startsConcatOperand() {
        Token t = p.peek();
        if (t.is("in")) {
            return false;
        }
        return switch (t.kind()) {
            case NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN -> true;
            case OP -> t.text().equals("$") || t.text().equals("(") || t.text().equals("!")
                    || t.text().equals("++") || t.text().equals("--") || t.text().equals("-");
            default -> false;
        };
    }

    /** Concatenation of additive expressions. */
    Expr concatenation(boolean noGt) throws AwkException {
        Expr left = additive(noGt);
        while (startsConcatOperand()) {
            if (p.at("-") || p.at("!")) {
                break;
            }
            left = new AwkAst.Binary(" ", left, additive(noGt));
        }
        return left;
    }

    private Expr additive(boolean noGt) throws AwkException {
        Expr left = multiplicative(noGt);
        while (p.at("+") || p.at("-")) {
            String op = p.next().text();
            left = new AwkAst.Binary(op, left, multiplicative(noGt));
        }
        return left;
    }

    private Expr multiplicative(boolean noGt) throws AwkException {
        Expr left = unary(noGt);
        while (p.at("*") || p.at("/") || p.at("%")) {
            String op = p.next().text();
            left = new AwkAst.Binary(op, left, unary(noGt));
        }
        return left;
    }

    private Expr unary(boolean noGt) throws AwkException {
        if (p.at("!") || p.at("-") || p.at("+")) {
            char op = p.next().text().charAt(0);
            return new AwkAst.Unary(op, unary(noGt));
        }
        return power(noGt);
    }

    private Expr power(boolean noGt) throws AwkException {
        Expr base = postfix(noGt);
        if (p.accept("^")) {
            return new AwkAst.Binary("^", base, powerRight(noGt));
        }
        return base;
    }

    private Expr powerRight(boolean noGt) throws AwkException {
        if (p.at("-") || p.at("+") || p.at("!")) {
            char op = p.next().text().charAt(0);
            return new AwkAst.Unary(op, powerRight(noGt));
        }
        return power(noGt);
    }

    private Expr postfix(boolean noGt) throws AwkException {
        Expr e = primary(noGt);
        if (lvalue(e) && (p.at("++") || p.at("--"))) {
            boolean inc = p.next().text().equals("++");
            return new AwkAst.IncDec(e, inc, false);
        }
        return e;
    }

    private Expr primary(boolean noGt) throws AwkException {
        Token t = p.next();
        switch (t.kind()) {
            case NUMBER:
                return new AwkAst.Num(t.number());
            case STRING:
                return new AwkAst.Str(t.text());
            case ERE:
                return regex(t.text());
            case FUNC_NAME: {
                p.expect("(");
                return new AwkAst.Call(t.text(), list(")"));
            }
            case BUILTIN: {
                if (p.accept("(")) {
                    List<Expr> args = list(")");
                    if ((t.text().equals("split") && args.size() >= 2) || (t.text().equals("sub")
                            || t.text().equals("gsub")) && args.size() == 3) {
                        markArray(t.text().equals("split") ? args.get(1) : null);
                    }
                    return new AwkAst.Builtin(t.text(), args);
                }
                if (t.text().equals("length")) {
                    return new AwkAst.Builtin("length", List.of());
                }
                throw p.error();
            }
            case NAME: {
                if (p.accept("[")) {
                    return new AwkAst.Index(p.variable(t.text(), true), list("]"));
                }
                return p.variable(t.text(), false);
            }
            case KEYWORD:
                if (t.text().equals("getline")) {
                    Expr target = getlineTarget();
                    if (p.accept("<")) {
                        return new AwkAst.Getline('<', target, primaryNoConcat());
                    }
                    return new AwkAst.Getline('g', target, null);
                }
                break;
            case OP:
                switch (t.text()) {
                    case "(": {
                        p.newlines();
                        List<Expr> items = new ArrayList<>();
                        items.add(expr(false));
                        p.newlines();
                        while (p.accept(",")) {
                            p.newlines();
                            items.add(expr(false));
                            p.newlines();
                        }
                        p.expect(")");
                        return items.size() == 1 ? new AwkAst.Group(items) : new AwkAst.Group(items);
                    }
                    case "$": {
                        if (p.at("++") || p.at("--")) {
                            boolean inc = p.next().text().equals("++");
                            return new AwkAst.Field(new AwkAst.IncDec(primary(noGt), inc, true));
                        }
                        if (p.at("-")) {
                            p.next();
                            return new AwkAst.Field(new AwkAst.Unary('-', primary(noGt)));
                        }
                        return new AwkAst.Field(primary(noGt));
                    }
                    case "++":
                    case "--": {
                        Expr target = primary(noGt);
                        if (!lvalue(target)) {
                            throw p.error();
                        }
                        return new AwkAst.IncDec(target, t.text().equals("++"), true);
                    }
                    case "-":
                        return new AwkAst.Unary('-', unary(noGt));
                    case "!":
                        return new AwkAst.Unary('!', unary(noGt));
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        p.pos(-1);
        throw p.error();
    }

    private Expr primaryNoConcat() throws AwkException {
        if (p.at("$")) {
            p.next();
            return new AwkAst.Field(primary(true));
        }
        return primary(true);
    }

    private Expr getlineTarget() throws AwkException {
        Token t = p.peek();
        if (t.kind() == Kind.NAME) {
            p.next();
            if (p.accept("[")) {
                return new AwkAst.Index(p.variable(t.text(), true), list("]"));
            }
            return p.variable(t.text(), false);
        }
        if (t.is("$")) {
            p.next();
            return new AwkAst.Field(primary(true));
        }
        return null;
    }

    private void markArray(Expr e) {
        if (e instanceof AwkAst.Local l) {
            p.variable(l.name(), true);
        }
    }

    static AwkAst.Regex regex(String source) throws AwkException {
        try {
            Pattern pattern = PosixRegex.compile(source, true, false, true);
            return new AwkAst.Regex(pattern, source);
        } catch (PosixRegex.RegexException e) {
            throw new AwkException("regular expression compile failed (" + e.getMessage() + ")\n" + source);
        }
    }
}

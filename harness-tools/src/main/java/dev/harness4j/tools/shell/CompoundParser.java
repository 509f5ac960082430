package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Lexer.Kind;
import dev.harness4j.tools.shell.Lexer.Token;
import dev.harness4j.tools.shell.Node.CaseArm;
import dev.harness4j.tools.shell.Node.CondToken;
import java.util.ArrayList;
import java.util.List;

/** Parses the compound commands that start with a reserved word: if, for, case and [[ ]]. */
final class CompoundParser {
    private final Parser p;
    private final Lexer lx;
    private final String src;

    CompoundParser(Parser p) {
        this.p = p;
        this.lx = p.lx;
        this.src = p.src;
    }

    Node ifCommand() {
        lx.next();
        List<Node> conds = new ArrayList<>();
        List<Node> bodies = new ArrayList<>();
        Node elseBody = null;
        conds.add(p.body("then"));
        p.expectWord("then");
        bodies.add(p.body("elif", "else", "fi"));
        while (true) {
            Token t = lx.next();
            if (t.isWord("elif")) {
                conds.add(p.body("then"));
                p.expectWord("then");
                bodies.add(p.body("elif", "else", "fi"));
            } else if (t.isWord("else")) {
                elseBody = p.body("fi");
                p.expectWord("fi");
                break;
            } else if (t.isWord("fi")) {
                break;
            } else {
                throw Parser.unexpected(t);
            }
        }
        return new Node.If(conds, bodies, elseBody);
    }

    Node forCommand() {
        lx.next();
        Token t = lx.peek();
        if (t.isOp("(") && t.end() < src.length() && src.charAt(t.end()) == '(') {
            lx.next();
            lx.skip(1);
            String[] parts = lx.arithmetic().split(";", -1);
            if (parts.length != 3) {
                throw new ParseException("syntax error: `;' unexpected");
            }
            Word[] w = new Word[3];
            for (int i = 0; i < 3; i++) {
                w[i] = new Word(WordParser.parts(parts[i], WordParser.Mode.HEREDOC, false));
            }
            if (lx.peek().isOp(";")) {
                lx.next();
            }
            p.skipNewlines();
            return new Node.ArithFor(w[0], w[1], w[2], loopBody());
        }
        Token name = lx.next();
        if (name.kind() != Kind.WORD || !Scan.isName(name.text())) {
            throw new ParseException("`" + name.text() + "': not a valid identifier");
        }
        List<Word> words = null;
        p.skipNewlines();
        if (lx.peek().isWord("in")) {
            lx.next();
            words = new ArrayList<>();
            while (lx.peek().kind() == Kind.WORD) {
                words.add(WordParser.parse(lx.next().text()));
            }
        }
        if (lx.peek().isOp(";")) {
            lx.next();
        }
        p.skipNewlines();
        return new Node.For(name.text(), words, loopBody());
    }

    private Node loopBody() {
        if (lx.peek().isWord("{")) {
            lx.next();
            Node b = p.body("}");
            p.expectWord("}");
            return b;
        }
        p.expectWord("do");
        Node b = p.body("done");
        p.expectWord("done");
        return b;
    }

    Node caseCommand() {
        lx.next();
        Word subject = WordParser.parse(lx.next().text());
        p.skipNewlines();
        p.expectWord("in");
        p.skipNewlines();
        List<CaseArm> arms = new ArrayList<>();
        while (!lx.peek().isWord("esac")) {
            if (lx.peek().isOp("(")) {
                lx.next();
            }
            List<Word> patterns = new ArrayList<>();
            while (true) {
                Token p = lx.next();
                if (p.kind() != Kind.WORD) {
                    throw Parser.unexpected(p);
                }
                patterns.add(WordParser.parse(p.text()));
                Token sep = lx.next();
                if (sep.isOp(")")) {
                    break;
                }
                if (!sep.isOp("|")) {
                    throw Parser.unexpected(sep);
                }
            }
            Node body = p.list("esac");
            String term = ";;";
            if (lx.peek().kind() == Kind.OP && Parser.CASE_ENDS.contains(lx.peek().text())) {
                term = lx.next().text();
            } else if (!lx.peek().isWord("esac")) {
                throw Parser.unexpected(lx.peek());
            }
            p.skipNewlines();
            arms.add(new CaseArm(patterns, body, term));
        }
        lx.next();
        return new Node.Case(subject, arms);
    }

    Node conditional() {
        lx.next();
        List<CondToken> tokens = new ArrayList<>();
        while (true) {
            Token t = lx.next();
            if (t.kind() == Kind.EOF) {
                throw Parser.unexpected(t);
            }
            if (t.kind() == Kind.NEWLINE) {
                continue;
            }
            if (t.isWord("]]")) {
                break;
            }
            if (t.kind() == Kind.OP) {
                tokens.add(new CondToken(t.text(), null, false));
            } else if (t.text().equals("=~")) {
                tokens.add(new CondToken("=~", null, false));
                tokens.add(new CondToken(null, WordParser.parse(lx.regexWord()), true));
            } else {
                tokens.add(new CondToken(null, WordParser.parse(t.text()), false));
            }
        }
        return new Node.Conditional(tokens);
    }

}

package dev.harness4j.tools.shell;

import dev.harness4j.tools.shell.Lexer.Kind;
import dev.harness4j.tools.shell.Lexer.Token;
import dev.harness4j.tools.shell.Node.Assignment;
import dev.harness4j.tools.shell.Node.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recursive-descent parser for the bash grammar the Java shell supports. */
final class Parser {
    private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\[[^\\]]*\\])?(\\+?)=");
    private static final Set<String> REDIRECTS = Set.of("<", ">", ">>", ">|", "<>", "<&", ">&", "&>", "&>>", "<<",
            "<<-", "<<<");
    static final Set<String> CASE_ENDS = Set.of(";;", ";&", ";;&");

    final Lexer lx;
    final String src;
    private final CompoundParser compounds;

    Parser(String src) {
        this.src = src;
        this.lx = new Lexer(src);
        this.compounds = new CompoundParser(this);
    }

    /** Parses a whole script. */
    static Node parse(String src) {
        Parser p = new Parser(src);
        Node n = p.list();
        Token t = p.lx.peek();
        if (t.kind() != Kind.EOF) {
            throw unexpected(t);
        }
        p.lx.finish();
        return n;
    }

    /** The next line of complete commands, or null at the end of the source; run it before parsing on. */
    Node nextLine() {
        skipNewlines();
        if (lx.peek().kind() == Kind.EOF) {
            lx.finish();
            return null;
        }
        List<Node> items = new ArrayList<>();
        while (true) {
            items.add(andOr());
            Token t = lx.peek();
            if (t.isOp(";") || t.isOp("&")) {
                lx.next();
                t = lx.peek();
            }
            if (t.kind() == Kind.NEWLINE) {
                lx.next();
                break;
            }
            if (t.kind() == Kind.EOF) {
                lx.finish();
                break;
            }
            if (items.size() > 0 && !(lx.peek().kind() == Kind.WORD || lx.peek().isOp("("))) {
                throw unexpected(t);
            }
        }
        return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
    }

    static ParseException unexpected(Token t) {
        String text = t.kind() == Kind.EOF ? "end of file" : t.kind() == Kind.NEWLINE ? "newline" : t.text();
        if (t.kind() == Kind.EOF) {
            return new ParseException("syntax error: unexpected end of file");
        }
        return new ParseException("syntax error near unexpected token `" + text + "'");
    }

    void skipNewlines() {
        while (lx.peek().kind() == Kind.NEWLINE) {
            lx.next();
        }
    }

    private boolean isEnder(Token t, String... enders) {
        if (t.kind() == Kind.OP) {
            return t.text().equals(")") || CASE_ENDS.contains(t.text());
        }
        if (t.kind() == Kind.WORD) {
            for (String e : enders) {
                if (t.text().equals(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    Node list(String... enders) {
        List<Node> items = new ArrayList<>();
        skipNewlines();
        while (true) {
            Token t = lx.peek();
            if (t.kind() == Kind.EOF || isEnder(t, enders)) {
                break;
            }
            items.add(andOr());
            t = lx.peek();
            if (t.isOp(";") || t.isOp("&")) {
                lx.next();
            } else if (t.kind() != Kind.NEWLINE) {
                break;
            }
            skipNewlines();
        }
        return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
    }

    Node body(String... enders) {
        Node n = list(enders);
        if (n instanceof Node.Sequence s && s.items().isEmpty()) {
            throw unexpected(lx.peek());
        }
        return n;
    }

    void expectWord(String w) {
        Token t = lx.next();
        if (!t.isWord(w)) {
            throw unexpected(t);
        }
    }

    private Node andOr() {
        List<Node> items = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        items.add(pipeline());
        while (lx.peek().isOp("&&") || lx.peek().isOp("||")) {
            ops.add(lx.next().text());
            skipNewlines();
            items.add(pipeline());
        }
        return items.size() == 1 ? items.get(0) : new Node.AndOr(items, ops);
    }

    private Node pipeline() {
        boolean negate = false;
        if (lx.peek().isWord("time")) {
            lx.next();
            if (lx.peek().isWord("-p")) {
                lx.next();
            }
        }
        while (lx.peek().isWord("!")) {
            lx.next();
            negate = !negate;
        }
        List<Node> cmds = new ArrayList<>();
        cmds.add(command());
        while (lx.peek().isOp("|") || lx.peek().isOp("|&")) {
            if (lx.next().text().equals("|&")) {
                Node last = cmds.remove(cmds.size() - 1);
                Redirect dup = new Redirect(2, ">&", WordParser.parse("1"), null);
                cmds.add(new Node.Redirected(last, List.of(dup)));
            }
            skipNewlines();
            cmds.add(command());
        }
        return cmds.size() == 1 && !negate ? cmds.get(0) : new Node.Pipeline(cmds, negate);
    }

    Node command() {
        Token t = lx.peek();
        Node compound = null;
        if (t.isOp("(")) {
            lx.next();
            if (t.end() < src.length() && src.charAt(t.end()) == '(' && t.end() == t.start() + 1) {
                lx.skip(1);
                compound = new Node.ArithCommand(new Word(WordParser.parts(lx.arithmetic(), WordParser.Mode.HEREDOC,
                        false)));
            } else {
                Node body = list();
                if (!lx.next().isOp(")")) {
                    throw unexpected(lx.peek());
                }
                compound = new Node.Subshell(body);
            }
        } else if (t.kind() == Kind.WORD) {
            compound = switch (t.text()) {
                case "{" -> {
                    lx.next();
                    Node body = body("}");
                    expectWord("}");
                    yield new Node.Group(body);
                }
                case "if" -> compounds.ifCommand();
                case "while", "until" -> {
                    lx.next();
                    Node cond = body("do");
                    expectWord("do");
                    Node b = body("done");
                    expectWord("done");
                    yield new Node.Loop(t.text().equals("until"), cond, b);
                }
                case "for" -> compounds.forCommand();
                case "case" -> compounds.caseCommand();
                case "function" -> {
                    lx.next();
                    Token name = lx.next();
                    if (lx.peek().isOp("(")) {
                        lx.next();
                        if (!lx.next().isOp(")")) {
                            throw unexpected(lx.peek());
                        }
                    }
                    skipNewlines();
                    yield new Node.FunctionDef(name.text(), command());
                }
                case "[[" -> compounds.conditional();
                case "then", "fi", "do", "done", "esac", "elif", "else", "}", "in" -> throw unexpected(t);
                default -> null;
            };
        } else if (t.kind() != Kind.WORD && !(t.kind() == Kind.OP && REDIRECTS.contains(t.text()))) {
            throw unexpected(t);
        }
        if (compound == null) {
            return simple();
        }
        List<Redirect> redirects = new ArrayList<>();
        while (lx.peek().kind() == Kind.OP && REDIRECTS.contains(lx.peek().text())) {
            redirects.add(redirect(lx.next()));
        }
        return redirects.isEmpty() ? compound : new Node.Redirected(compound, redirects);
    }

    private Node simple() {
        List<Assignment> assigns = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        int line = lx.peek().line();
        while (true) {
            Token t = lx.peek();
            if (t.kind() == Kind.OP && REDIRECTS.contains(t.text())) {
                redirects.add(redirect(lx.next()));
            } else if (t.kind() == Kind.WORD) {
                lx.next();
                Matcher m = ASSIGN.matcher(t.text());
                if (words.isEmpty() && m.find()) {
                    assigns.add(assignment(t, m));
                } else if (words.isEmpty() && assigns.isEmpty() && lx.peek().isOp("(")
                        && Scan.isName(t.text().replace("-", "_").replace(".", "_"))) {
                    lx.next();
                    if (!lx.next().isOp(")")) {
                        throw unexpected(lx.peek());
                    }
                    skipNewlines();
                    return new Node.FunctionDef(t.text(), command());
                } else if (m.find(0) && m.end() == t.text().length() && t.end() < src.length()
                        && src.charAt(t.end()) == '(' && lx.peek().isOp("(")) {
                    int open = lx.next().start();
                    int close;
                    while (true) {
                        Token w = lx.next();
                        if (w.isOp(")")) {
                            close = w.end();
                            break;
                        }
                        if (w.kind() == Kind.EOF) {
                            throw unexpected(w);
                        }
                    }
                    words.add(new Word(List.of(new Word.Lit(t.text()), new Word.Quoted(src.substring(open, close)))));
                } else {
                    words.add(WordParser.parse(t.text()));
                }
            } else {
                break;
            }
        }
        if (assigns.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
            throw unexpected(lx.peek());
        }
        return new Node.Simple(assigns, words, redirects, line);
    }

    private Assignment assignment(Token t, Matcher m) {
        String name = m.group(1);
        String index = m.group(2) == null ? null : m.group(2).substring(1, m.group(2).length() - 1);
        boolean append = !m.group(3).isEmpty();
        String rest = t.text().substring(m.end());
        if (rest.isEmpty() && t.end() < src.length() && src.charAt(t.end()) == '(' && lx.peek().isOp("(")) {
            lx.next();
            List<Word> items = new ArrayList<>();
            while (true) {
                skipNewlines();
                Token w = lx.next();
                if (w.isOp(")")) {
                    break;
                }
                if (w.kind() != Kind.WORD) {
                    throw unexpected(w);
                }
                items.add(WordParser.parse(w.text()));
            }
            return new Assignment(name, index, append, null, items);
        }
        return new Assignment(name, index, append, WordParser.parse(rest), null);
    }

    private Redirect redirect(Token op) {
        Token target = lx.next();
        if (target.kind() != Kind.WORD) {
            throw unexpected(target);
        }
        int fd = op.fd() >= 0 ? op.fd() : op.text().startsWith("<") ? 0 : 1;
        if (op.text().equals("<<") || op.text().equals("<<-")) {
            Node.HereDoc doc = new Node.HereDoc();
            lx.hereDoc(target.text(), op.text().equals("<<-"), doc);
            return new Redirect(fd, "<<", null, doc);
        }
        return new Redirect(fd, op.text(), WordParser.parse(target.text()), null);
    }
}

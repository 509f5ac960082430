package dev.harness4j.tools.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser builds the expected trees and rejects malformed input with bash's wording. */
class ParserTest {

    @Test
    void simpleCommandWithAssignmentsWordsAndRedirections() {
        Node.Simple s = assertInstanceOf(Node.Simple.class, Parser.parse("A=1 B=\"x y\" echo hi 2>err.txt >>out"));
        assertEquals(List.of("A", "B"), s.assignments().stream().map(Node.Assignment::name).toList());
        assertEquals(2, s.words().size());
        assertEquals("hi", s.words().get(1).literal());
        assertEquals(2, s.redirects().get(0).fd());
        assertEquals(">", s.redirects().get(0).op());
        assertEquals(1, s.redirects().get(1).fd());
        assertEquals(">>", s.redirects().get(1).op());
    }

    @Test
    void operatorsNestAsBashDoes() {
        Node.AndOr a = assertInstanceOf(Node.AndOr.class, Parser.parse("a | b && ! c || d"));
        assertEquals(List.of("&&", "||"), a.ops());
        Node.Pipeline p = assertInstanceOf(Node.Pipeline.class, a.items().get(0));
        assertEquals(2, p.commands().size());
        assertTrue(assertInstanceOf(Node.Pipeline.class, a.items().get(1)).negate());
    }

    @Test
    void compoundCommands() {
        assertInstanceOf(Node.If.class, Parser.parse("if a; then b; elif c; then d; else e; fi"));
        assertInstanceOf(Node.Loop.class, Parser.parse("while read x\ndo\n echo $x\ndone"));
        assertInstanceOf(Node.For.class, Parser.parse("for x in a b; do :; done"));
        assertNull(assertInstanceOf(Node.For.class, Parser.parse("for x; do :; done")).words());
        assertInstanceOf(Node.ArithFor.class, Parser.parse("for ((i=0; i<3; i++)); do :; done"));
        Node.Case c = assertInstanceOf(Node.Case.class, Parser.parse("case $x in a|b) one;; (c) two;& *) ;; esac"));
        assertEquals(3, c.arms().size());
        assertEquals(2, c.arms().get(0).patterns().size());
        assertEquals(";&", c.arms().get(1).terminator());
        assertInstanceOf(Node.Subshell.class, Parser.parse("(cd x; ls)"));
        assertInstanceOf(Node.Group.class, Parser.parse("{ a; b; }"));
        assertInstanceOf(Node.ArithCommand.class, Parser.parse("(( x += 2 ))"));
        assertInstanceOf(Node.Conditional.class, Parser.parse("[[ $x =~ ^(a|b)+$ && -f y ]]"));
        assertInstanceOf(Node.Redirected.class, Parser.parse("{ a; } > out 2>&1"));
    }

    @Test
    void functionDefinitionsInBothForms() {
        assertEquals("f", assertInstanceOf(Node.FunctionDef.class, Parser.parse("f() { echo; }")).name());
        assertEquals("g", assertInstanceOf(Node.FunctionDef.class, Parser.parse("function g { echo; }")).name());
        assertEquals("h", assertInstanceOf(Node.FunctionDef.class, Parser.parse("function h() ( echo )")).name());
    }

    @Test
    void hereDocumentsAreReadAfterTheLine() {
        Node.Sequence seq = assertInstanceOf(Node.Sequence.class,
                Parser.parse("cat <<EOF; echo after\nbody $x\nEOF\necho last"));
        Node.Simple cat = assertInstanceOf(Node.Simple.class, seq.items().get(0));
        Word body = cat.redirects().get(0).heredoc().body();
        assertEquals(List.of(new Word.Quoted("body "), Word.Param.simple("x"), new Word.Quoted("\n")), body.parts());
        assertEquals(3, seq.items().size());
        Node.Simple quoted = assertInstanceOf(Node.Simple.class, Parser.parse("cat <<-'E'\n\tkeep $x\n\tE\n"));
        assertEquals(List.of(new Word.Quoted("keep $x\n")), quoted.redirects().get(0).heredoc().body().parts());
    }

    @Test
    void wordPartsKeepQuotingAndExpansions() {
        Word w = WordParser.parse("a'b'\"c$d\"${e:-f}$(g)$((1+2))\\*");
        assertEquals(new Word.Lit("a"), w.parts().get(0));
        assertEquals(new Word.Quoted("b"), w.parts().get(1));
        assertInstanceOf(Word.DoubleQuoted.class, w.parts().get(2));
        Word.Param p = assertInstanceOf(Word.Param.class, w.parts().get(3));
        assertEquals(":-", p.op());
        assertEquals(new Word.CommandSub("g"), w.parts().get(4));
        assertInstanceOf(Word.ArithSub.class, w.parts().get(5));
        assertEquals(new Word.Quoted("*"), w.parts().get(6));
        assertEquals(new Word.Quoted("a\tb"), WordParser.parse("$'a\\tb'").parts().get(0));
    }

    @Test
    void syntaxErrorsNameTheToken() {
        assertEquals("syntax error near unexpected token `fi'",
                assertThrows(ParseException.class, () -> Parser.parse("echo a; fi")).getMessage());
        assertEquals("syntax error: unexpected end of file",
                assertThrows(ParseException.class, () -> Parser.parse("if true; then echo")).getMessage());
        assertThrows(ParseException.class, () -> Parser.parse("echo 'unterminated"));
        assertThrows(ParseException.class, () -> Parser.parse("echo $(unterminated"));
    }
}

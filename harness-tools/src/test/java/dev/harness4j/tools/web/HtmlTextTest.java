package dev.harness4j.tools.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void stripsNonContentAndKeepsStructure() {
        String html = "<html><HEAD><Title>T</Title><SCRIPT type='x'>var a = '<p>';</SCRIPT></HEAD>"
                + "<body><nav>Menu</nav><h2>Head</h2>text<br>next<table><tr><td>a</td><td>b</td></tr></table>"
                + "<noscript>enable js</noscript><p>para &quot;q&quot; &unknown; &#65;&#x42;</p></body></html>";
        assertEquals("T\n\nMenu\n\nHead\n\ntext\nnext\na b\n\npara \"q\" &unknown; AB", HtmlText.toText(html));
    }

    @Test
    void toleratesMalformedMarkup() {
        assertEquals("a < b and c > d", HtmlText.toText("a < b and c > d"));
        assertEquals("x", HtmlText.toText("x<script>never closed"));
        assertEquals("one <p two", HtmlText.toText("one <p two"));
        assertEquals("", HtmlText.toText(""));
        assertEquals("link", HtmlText.toText("<a href=\"/relative\">link</a></a></a>"));
        assertEquals("alt text", HtmlText.toText("<img src=x alt=\"alt text\">"));
    }

    @Test
    void staysLinearOnHostileInput() {
        String hostile = "<a \"".repeat(300_000) + "<div".repeat(200_000) + "<!--".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> HtmlText.toText(hostile));
    }
}

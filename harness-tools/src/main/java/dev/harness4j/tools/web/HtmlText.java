package dev.harness4j.tools.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Turns HTML into readable text with the JDK only, in one linear pass: the title first, then the body with scripts,
 * styles and other non-content elements removed, block elements as line breaks, list items as {@code - } lines,
 * link text kept (followed by its absolute URL in parentheses), entities decoded and whitespace collapsed. Not a
 * full HTML parser: malformed markup degrades to text, never to an exception.
 */
final class HtmlText {
    /** Elements whose whole content is dropped. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
            "title", "iframe", "object", "canvas", "select");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header",
            "hr", "html", "main", "nav", "ol", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
            "ul", "caption");
    /** Elements set off by a blank line. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("copy", "\u00a9"),
            Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00b7"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"),
            Map.entry("yen", "\u00a5"), Map.entry("cent", "\u00a2"), Map.entry("sect", "\u00a7"),
            Map.entry("deg", "\u00b0"), Map.entry("times", "\u00d7"), Map.entry("divide", "\u00f7"),
            Map.entry("larr", "\u2190"), Map.entry("rarr", "\u2192"), Map.entry("uarr", "\u2191"),
            Map.entry("darr", "\u2193"), Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""));

    private final String html;
    private final char[] lower;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Link> links = new ArrayDeque<>();

    private record Link(String href, int start) {
    }

    private HtmlText(String html) {
        this.html = html;
        this.lower = new char[html.length()];
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    /** The readable text of an HTML document: its title (when it has one), a blank line, then the body text. */
    static String toText(String html) {
        HtmlText t = new HtmlText(html);
        String title = t.title();
        t.convert();
        String body = normalize(decodeEntities(t.out.toString()));
        if (title.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? title : title + "\n\n" + body;
    }

    private String title() {
        int open = indexOf("<title", 0);
        if (open < 0) {
            return "";
        }
        int start = html.indexOf('>', open);
        int end = start < 0 ? -1 : indexOf("</title", start);
        if (end < 0) {
            return "";
        }
        return normalize(decodeEntities(html.substring(start + 1, end))).replace('\n', ' ');
    }

    private void convert() {
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
                i++;
                continue;
            }
            if (startsWith("<!--", i)) {
                int end = indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int tagEnd = tagEnd(i);
            if (tagEnd < 0 || !looksLikeTag(i)) {
                out.append(c);
                i++;
                continue;
            }
            i = tag(i, tagEnd);
        }
    }

    /** Handles the tag spanning {@code [start, end]} and returns where to continue. */
    private int tag(int start, int end) {
        boolean closing = html.charAt(start + 1) == '/';
        int p = start + (closing ? 2 : 1);
        int nameStart = p;
        while (p < end && (Character.isLetterOrDigit(lower[p]) || lower[p] == '-' || lower[p] == ':')) {
            p++;
        }
        String name = new String(lower, nameStart, p - nameStart);
        if (!closing && SKIPPED.contains(name) && html.charAt(end - 1) != '/') {
            int close = indexOf("</" + name, end + 1);
            if (close < 0) {
                return html.length();
            }
            int closeEnd = html.indexOf('>', close);
            return closeEnd < 0 ? html.length() : closeEnd + 1;
        }
        if (name.equals("br")) {
            out.append('\n');
        } else if (name.equals("li")) {
            breakLines(1);
            if (!closing) {
                out.append("- ");
            }
        } else if (PARAGRAPHS.contains(name)) {
            breakLines(2);
        } else if (BLOCKS.contains(name)) {
            breakLines(1);
        } else if (name.equals("td") || name.equals("th")) {
            out.append(' ');
        } else if (name.equals("img") && !closing) {
            String alt = attribute(start, end, "alt");
            if (alt != null && !alt.isBlank()) {
                out.append(' ').append(alt).append(' ');
            }
        } else if (name.equals("a")) {
            link(start, end, closing);
        }
        return end + 1;
    }

    /** Ends the current line so that the output ends with {@code n} line breaks (none at the very start). */
    private void breakLines(int n) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len == 0) {
            return;
        }
        int have = 0;
        while (have < len && out.charAt(len - 1 - have) == '\n') {
            have++;
        }
        for (int k = have; k < n; k++) {
            out.append('\n');
        }
    }

    private void link(int start, int end, boolean closing) {
        if (!closing) {
            String href = attribute(start, end, "href");
            links.push(new Link(href == null ? "" : href.strip(), out.length()));
            return;
        }
        if (links.isEmpty()) {
            return;
        }
        Link link = links.pop();
        String text = out.substring(Math.min(link.start(), out.length())).strip();
        String href = link.href();
        String lowerHref = href.toLowerCase(java.util.Locale.ROOT);
        if (!text.isEmpty() && (lowerHref.startsWith("http://") || lowerHref.startsWith("https://"))
                && !text.equals(href)) {
            out.append(" (").append(href).append(')');
        }
    }

    /** The value of an attribute of the tag spanning {@code [start, end]}, or null. */
    private String attribute(int start, int end, String name) {
        int p = start + 1;
        while (p < end) {
            int at = indexOf(name, p, end);
            if (at < 0) {
                return null;
            }
            int after = at + name.length();
            boolean boundary = Character.isWhitespace(html.charAt(at - 1));
            int q = after;
            while (q < end && Character.isWhitespace(html.charAt(q))) {
                q++;
            }
            if (!boundary || q >= end || html.charAt(q) != '=') {
                p = after;
                continue;
            }
            q++;
            while (q < end && Character.isWhitespace(html.charAt(q))) {
                q++;
            }
            if (q >= end) {
                return "";
            }
            char quote = html.charAt(q);
            if (quote == '"' || quote == '\'') {
                int close = html.indexOf(quote, q + 1);
                return html.substring(q + 1, close < 0 || close > end ? end : close);
            }
            int v = q;
            while (v < end && !Character.isWhitespace(html.charAt(v)) && html.charAt(v) != '/') {
                v++;
            }
            return html.substring(q, v);
        }
        return null;
    }

    private boolean looksLikeTag(int i) {
        if (i + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(i + 1);
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** The longest tag considered a tag (bounds the work on malformed markup). */
    private static final int MAX_TAG_LENGTH = 8192;

    /** The index of the {@code >} ending the tag that starts at {@code i}, skipping quoted attribute values. */
    private int tagEnd(int i) {
        char quote = 0;
        int limit = Math.min(html.length(), i + MAX_TAG_LENGTH);
        for (int j = i + 1; j < limit; j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private boolean startsWith(String s, int at) {
        return html.regionMatches(true, at, s, 0, s.length());
    }

    /** Case-insensitive indexOf for an ASCII lower-case needle. */
    private int indexOf(String needle, int from) {
        return indexOf(needle, from, lower.length);
    }

    /** Case-insensitive indexOf for an ASCII lower-case needle that ends before {@code limit}. */
    private int indexOf(String needle, int from, int limit) {
        outer:
        for (int i = Math.max(from, 0); i <= Math.min(limit, lower.length) - needle.length(); i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (lower[i + k] != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Decodes named (common) and numeric character references; unknown ones stay as written. */
    static String decodeEntities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            sb.append(s, i, amp);
            int semi = s.indexOf(';', amp + 1);
            String decoded = semi > amp + 1 && semi - amp <= 12 ? entity(s.substring(amp + 1, semi)) : null;
            if (decoded == null) {
                sb.append('&');
                i = amp + 1;
            } else {
                sb.append(decoded);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return cp > 0 && Character.isValidCodePoint(cp) && (cp < 0xd800 || cp > 0xdfff)
                        ? new String(Character.toChars(cp)) : "\ufffd";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /** Collapses spaces within lines, trims lines, keeps at most one blank line in a row, trims the whole. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String collapsed = line.replace('\u00a0', ' ').replaceAll("[ \\t\\f\\u000b]+", " ").strip();
            if (collapsed.isEmpty()) {
                blank++;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            sb.append(collapsed);
            blank = 0;
        }
        return sb.toString();
    }
}

package dev.harness4j.tools.web;

import dev.harness4j.hands.ToolResult;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Turns a fetched response into the tool result: header lines, then the content as text, or a refusal for binary. */
final class FetchedContent {
    private static final Set<String> TEXT_APPLICATION_TYPES = Set.of("application/json", "application/xml",
            "application/javascript", "application/x-javascript", "application/ecmascript", "application/x-yaml",
            "application/yaml", "application/x-ndjson", "application/ld+json", "application/csv",
            "application/x-sh", "application/sql", "application/graphql", "application/toml");

    private FetchedContent() {
    }

    /** Whether a content type is worth reading: text-like, or absent (then the bytes are sniffed). */
    static boolean isTextual(String contentType) {
        String type = mediaType(contentType);
        return type.isEmpty() || isHtml(type) || type.startsWith("text/") || TEXT_APPLICATION_TYPES.contains(type)
                || type.endsWith("+json") || type.endsWith("+xml");
    }

    static ToolResult render(URI uri, HttpResponse<CappedBody.Result> response, int maxBytes) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("content-type").orElse(null);
        String type = mediaType(contentType);
        CappedBody.Result body = response.body();
        StringBuilder sb = new StringBuilder();
        sb.append("URL: ").append(uri).append('\n');
        sb.append("Status: ").append(status).append('\n');
        if (contentType != null) {
            sb.append("Content-Type: ").append(contentType.strip()).append('\n');
        }
        sb.append('\n');
        if (!isTextual(contentType) || (type.isEmpty() && looksBinary(body.bytes()))) {
            String length = response.headers().firstValue("content-length").map(l -> ", " + l + " bytes").orElse("");
            throw new FetchRefused(uri + " returned binary content (" + (type.isEmpty() ? "unknown type" : type)
                    + length + "); web_fetch returns text only (HTML, plain text, JSON, XML)");
        }
        String text = new String(body.bytes(), charset(contentType));
        boolean html = isHtml(type) || (type.isEmpty() && looksLikeHtml(text));
        String content = html ? HtmlText.toText(text) : text;
        sb.append(content.isEmpty() ? "(empty body)" : content);
        if (body.truncated()) {
            sb.append(content.endsWith("\n") ? "" : "\n").append("[content truncated: only the first ")
                    .append(maxBytes).append(" bytes were read]");
        }
        return status >= 400 ? ToolResult.error(sb.toString()) : ToolResult.ok(sb.toString());
    }

    /** The lower-case {@code type/subtype} of a Content-Type header, or empty. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String type) {
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String param : contentType.split(";")) {
                String p = param.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").strip();
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean looksBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}

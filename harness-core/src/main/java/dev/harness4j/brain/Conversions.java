package dev.harness4j.brain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.harness4j.event.ContentBlock;
import dev.harness4j.event.MediaSource;
import dev.harness4j.json.Json;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Conversions between event content and LangChain4j message content. */
final class Conversions {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Conversions() {
    }

    static UserMessage userMessage(List<ContentBlock> blocks) {
        List<Content> contents = new ArrayList<>(blocks.size());
        for (ContentBlock b : blocks) {
            contents.add(content(b));
        }
        return UserMessage.from(contents);
    }

    private static Content content(ContentBlock block) {
        if (block instanceof ContentBlock.Text t) {
            return TextContent.from(t.text());
        }
        if (block instanceof ContentBlock.Image i) {
            if (i.source() instanceof MediaSource.Base64 b) {
                return ImageContent.from(b.data(), b.mediaType());
            }
            if (i.source() instanceof MediaSource.Url u) {
                return ImageContent.from(u.url());
            }
            return TextContent.from("[image " + describe(i.source()) + "]");
        }
        if (block instanceof ContentBlock.Document d) {
            if (d.source() instanceof MediaSource.PlainText t) {
                String title = d.title() == null ? "" : d.title() + "\n\n";
                return TextContent.from(title + t.data());
            }
            if (d.source() instanceof MediaSource.Base64 b && "application/pdf".equals(b.mediaType())) {
                return PdfFileContent.from(b.data(), b.mediaType());
            }
            return TextContent.from("[document " + describe(d.source()) + "]");
        }
        if (block instanceof ContentBlock.SearchResult s) {
            return TextContent.from(s.title() + " (" + s.source() + ")\n" + text(List.copyOf(s.content())));
        }
        return TextContent.from("[redacted]");
    }

    private static String describe(MediaSource source) {
        if (source instanceof MediaSource.File f) {
            return "file " + f.fileId();
        }
        if (source instanceof MediaSource.Url u) {
            return u.url();
        }
        return "inline";
    }

    /** The text of content blocks, joined; non-text blocks are described in brackets. */
    static String text(List<? extends ContentBlock> blocks) {
        if (blocks == null || blocks.isEmpty()) {
            return "";
        }
        if (blocks.size() == 1 && blocks.get(0) instanceof ContentBlock.Text t) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        for (ContentBlock b : blocks) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            Content c = content(b);
            sb.append(c instanceof TextContent tc ? tc.text() : "[" + c.type().name().toLowerCase() + "]");
        }
        return sb.toString();
    }

    static String toJson(Map<String, Object> input) {
        try {
            return Json.mapper().writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tool input cannot be written as JSON", e);
        }
    }

    /** Parses tool-call arguments; throws {@link JsonProcessingException} when they are not a JSON object. */
    static Map<String, Object> parseArguments(String json) throws JsonProcessingException {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> map = Json.mapper().readValue(json, MAP);
        if (map == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(null, "tool arguments are not a JSON object");
        }
        return map;
    }
}

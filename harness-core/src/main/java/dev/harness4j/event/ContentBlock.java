package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One block of message or tool-result content: text, image, document, search result or a redaction marker. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ContentBlock.Text.class, name = "text"),
    @JsonSubTypes.Type(value = ContentBlock.Image.class, name = "image"),
    @JsonSubTypes.Type(value = ContentBlock.Document.class, name = "document"),
    @JsonSubTypes.Type(value = ContentBlock.SearchResult.class, name = "search_result"),
    @JsonSubTypes.Type(value = ContentBlock.Redacted.class, name = "redacted")
})
public sealed interface ContentBlock {

    /** A text block. */
    static Text text(String text) {
        return new Text(text);
    }

    /** Plain text. */
    record Text(String text) implements ContentBlock {
        /** Validates that the text is present. */
        public Text {
            Require.present(text, "text block", "text");
        }
    }

    /** An image given by base64 data, a URL or a file id. */
    record Image(MediaSource source) implements ContentBlock {
        /** Validates that the source is present and is not a plain-text source (which only documents take). */
        public Image {
            Require.present(source, "image block", "source");
            if (source instanceof MediaSource.PlainText) {
                throw new EventValidationException("image block: source type 'text' is only allowed in documents;"
                        + " use base64, url or file");
            }
        }
    }

    /** A document (PDF, plain text) with an optional title and context. */
    record Document(MediaSource source, String title, String context) implements ContentBlock {
        /** Validates that the source is present. */
        public Document {
            Require.present(source, "document block", "source");
        }
    }

    /** A search result: where it came from, its title, its text and (optionally) its citation setting. */
    record SearchResult(String source, String title, List<Text> content, Citations citations)
            implements ContentBlock {
        /** Validates and copies the content; {@code citations} may be null. */
        public SearchResult {
            Require.present(source, "search_result block", "source");
            Require.present(title, "search_result block", "title");
            content = Require.list(content, "search_result block", "content");
        }

        /** A search result without a citation setting. */
        public SearchResult(String source, String title, List<Text> content) {
            this(source, title, content, null);
        }

        /** Whether citations are enabled for a search result: {@code {"enabled": true}}. */
        public record Citations(boolean enabled) {
        }
    }

    /** Content withheld from the client. */
    record Redacted() implements ContentBlock {
    }
}

package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The rubric of an outcome: inline markdown text or a file. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Rubric.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Rubric.File.class, name = "file")
})
public sealed interface Rubric {
    /** Maximum characters of a text rubric. */
    int MAX_TEXT_CHARS = 262_144;

    /** An inline rubric. */
    record Text(String content) implements Rubric {
        /** Validates presence and length. */
        public Text {
            Require.present(content, "text rubric", "content");
            if (content.length() > MAX_TEXT_CHARS) {
                throw new EventValidationException("text rubric: content has " + content.length()
                        + " characters; the limit is " + MAX_TEXT_CHARS);
            }
        }
    }

    /** A rubric stored as a file. */
    record File(String fileId) implements Rubric {
        /** Validates the file id. */
        public File {
            Require.present(fileId, "file rubric", "file_id");
        }
    }
}

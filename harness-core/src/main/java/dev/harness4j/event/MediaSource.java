package dev.harness4j.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where the bytes of an image or document come from. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MediaSource.Base64.class, name = "base64"),
    @JsonSubTypes.Type(value = MediaSource.Url.class, name = "url"),
    @JsonSubTypes.Type(value = MediaSource.File.class, name = "file"),
    @JsonSubTypes.Type(value = MediaSource.PlainText.class, name = "text")
})
public sealed interface MediaSource {

    /** Inline base64 data with its media type. */
    record Base64(String data, String mediaType) implements MediaSource {
        /** Validates both fields. */
        public Base64 {
            Require.present(data, "base64 source", "data");
            Require.present(mediaType, "base64 source", "media_type");
        }
    }

    /** A URL the content is fetched from. */
    record Url(String url) implements MediaSource {
        /** Validates the URL. */
        public Url {
            Require.present(url, "url source", "url");
        }
    }

    /** A file of the Files API. */
    record File(String fileId) implements MediaSource {
        /** Validates the file id. */
        public File {
            Require.present(fileId, "file source", "file_id");
        }
    }

    /** Inline plain text (documents only); the media type is always {@code text/plain}. */
    record PlainText(String data, String mediaType) implements MediaSource {
        /** Validates the data and that the media type is {@code text/plain}. */
        public PlainText {
            Require.present(data, "text source", "data");
            Require.present(mediaType, "text source", "media_type");
            if (!"text/plain".equals(mediaType)) {
                throw new EventValidationException("text source: media_type must be 'text/plain', got '"
                        + mediaType + "'");
            }
        }
    }
}

package dev.harness4j.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one Jackson configuration of harness4j: snake_case names, RFC 3339 times, null fields left out (nulls inside maps
 * kept), strict input.
 */
public final class Json {
    private static final ObjectMapper SHARED = newMapper();

    private Json() {
    }

    /** A new mapper with harness4j's configuration (mappers are cheap to share; this one is thread-safe once built). */
    public static ObjectMapper newMapper() {
        return builder().build();
    }

    /**
     * A new mapper for reading wire input exactly: the configuration of {@link #newMapper()} plus no type coercion
     * (a number or boolean is not a string, a string is not a number or boolean, {@code 1.5} is not an integer),
     * duplicate keys refused, and polymorphic values ({@code "type"}-tagged) accepted only as JSON objects with a
     * string type. Writing is identical to {@link #newMapper()}.
     */
    public static ObjectMapper newStrictMapper() {
        return builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .annotationIntrospector(new ObjectOnlyTypeIds.Introspector())
                .build();
    }

    private static JsonMapper.Builder builder() {
        SimpleModule times = new SimpleModule("harness4j-time");
        times.addSerializer(Instant.class, new InstantSerializer());
        times.addDeserializer(Instant.class, new InstantDeserializer());
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // Null fields are left out; nulls inside maps (tool input, metadata patches) are data and kept.
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                // Characters outside the BMP (emoji) as 4-byte UTF-8 rather than escaped surrogate pairs, so that
                // byte and string output agree.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(times);
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /** Formats an instant as RFC 3339 in UTC: milliseconds when the instant has no finer part, else all digits. */
    public static String formatInstant(Instant instant) {
        if (instant.getNano() % 1_000_000 == 0) {
            String s = instant.toString();
            // Instant.toString drops a zero fraction and prints .SSS otherwise; always print .SSS.
            if (instant.getNano() == 0) {
                return s.substring(0, s.length() - 1) + ".000Z";
            }
            return s;
        }
        return instant.toString();
    }

    /** Parses an RFC 3339 timestamp with any offset. */
    public static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(formatInstant(value));
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return parseInstant(p.getText());
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), "not an RFC 3339 timestamp");
            }
        }
    }
}

package dev.harness4j.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.AsPropertyTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Collection;

/**
 * Makes {@code @JsonTypeInfo(include = PROPERTY | EXISTING_PROPERTY)} families accept only what the wire format has: a
 * JSON object whose type id is a string. Stock Jackson also accepts the wrapper-array form {@code ["text", {...}]} and
 * non-string ids ({@code "type": 5}); the strict mapper refuses both.
 */
final class ObjectOnlyTypeIds {
    private ObjectOnlyTypeIds() {
    }

    /** The annotation introspector that builds {@link Builder}s instead of Jackson's standard type resolvers. */
    static final class Introspector extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        protected TypeResolverBuilder<?> _constructStdTypeResolverBuilder(MapperConfig<?> config,
                                                                          JsonTypeInfo.Value typeInfo,
                                                                          JavaType baseType) {
            return new Builder(typeInfo);
        }
    }

    /** A standard resolver builder whose as-property deserializers are {@link Strict}. */
    static final class Builder extends StdTypeResolverBuilder {
        Builder(JsonTypeInfo.Value settings) {
            super(settings);
        }

        private Builder(Builder base, Class<?> defaultImpl) {
            super(base, defaultImpl);
        }

        @Override
        public StdTypeResolverBuilder withDefaultImpl(Class<?> defaultImpl) {
            return _defaultImpl == defaultImpl ? this : new Builder(this, defaultImpl);
        }

        @Override
        public TypeDeserializer buildTypeDeserializer(DeserializationConfig config, JavaType baseType,
                                                      Collection<NamedType> subtypes) {
            TypeDeserializer td = super.buildTypeDeserializer(config, baseType, subtypes);
            return td instanceof AsPropertyTypeDeserializer asProperty ? new Strict(asProperty, null) : td;
        }
    }

    /** An as-property type deserializer that refuses anything but an object with a string type id. */
    static final class Strict extends AsPropertyTypeDeserializer {
        private static final long serialVersionUID = 1L;

        Strict(AsPropertyTypeDeserializer src, BeanProperty property) {
            super(src, property);
        }

        @Override
        public TypeDeserializer forProperty(BeanProperty prop) {
            return prop == _property ? this : new Strict(this, prop);
        }

        @Override
        public Object deserializeTypedFromObject(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT) && !p.hasToken(JsonToken.FIELD_NAME)
                    && !p.hasToken(JsonToken.END_OBJECT)) {
                return notAnObject(p, ctxt);
            }
            return super.deserializeTypedFromObject(p, ctxt);
        }

        @Override
        public Object deserializeTypedFromAny(JsonParser p, DeserializationContext ctxt) throws IOException {
            return deserializeTypedFromObject(p, ctxt);
        }

        @Override
        public Object deserializeTypedFromArray(JsonParser p, DeserializationContext ctxt) throws IOException {
            return notAnObject(p, ctxt);
        }

        @Override
        public Object deserializeTypedFromScalar(JsonParser p, DeserializationContext ctxt) throws IOException {
            return notAnObject(p, ctxt);
        }

        @Override
        protected Object _deserializeTypedForId(JsonParser p, DeserializationContext ctxt, TokenBuffer tb,
                                                String typeId) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.reportInputMismatch(_baseType, "'%s' must be a string, got %s", _typePropertyName,
                        describe(p.currentToken()));
            }
            return super._deserializeTypedForId(p, ctxt, tb, typeId);
        }

        private Object notAnObject(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ctxt.reportInputMismatch(_baseType, "expected a JSON object with a '%s' field, got %s",
                    _typePropertyName, describe(p.currentToken()));
        }

        private static String describe(JsonToken token) {
            if (token == null) {
                return "nothing";
            }
            switch (token) {
                case START_ARRAY:
                    return "an array";
                case START_OBJECT:
                    return "an object";
                case VALUE_STRING:
                    return "a string";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "a boolean";
                case VALUE_NULL:
                    return "null";
                default:
                    return token.toString();
            }
        }
    }
}

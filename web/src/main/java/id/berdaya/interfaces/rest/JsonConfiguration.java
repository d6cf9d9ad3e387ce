package id.berdaya.interfaces.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * JSON as the API speaks it, strictly: unknown fields refused (a typo is a mistake to report);
 * no coercion between scalars ("100" is not a number, 1.9 not an integer, 123 or true not a
 * name); dates exactly YYYY-MM-DD between 1900 and 2100; text without control characters or
 * bidirectional overrides, and single-line unless the field is {@link MultiLineText}.
 */
@Provider
public class JsonConfiguration implements ContextResolver<ObjectMapper> {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private final ObjectMapper mapper = build();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    static ObjectMapper build() {
        SimpleModule strict = new SimpleModule("berdaya-strict")
                .addDeserializer(String.class, new StrictText(false))
                .addDeserializer(LocalDate.class, new StrictDate());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(strict)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer,
                            type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert);
        }
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** A string, and only a string: numbers and booleans are refused, and so are control characters. */
    static final class StrictText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;
        private final boolean multiLine;

        StrictText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean lines = property != null && (property.getAnnotation(MultiLineText.class) != null
                    || property.getMember() != null && property.getMember().getDeclaringClass().getName()
                            .startsWith("id.berdaya.interfaces.rulesets."));
            return lines == multiLine ? this : new StrictText(lines);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = TextChecks.problem(text, multiLine);
            if (problem != null) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, problem, "(text)", String.class);
            }
            return text;
        }
    }

    /** A date exactly as YYYY-MM-DD (ASCII digits, a real calendar day) within years 1900–2100. */
    static final class StrictDate extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;
        private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text, FORMAT);
                    if (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR) {
                        return date;
                    }
                } catch (DateTimeParseException notADay) {
                    // reported below
                }
            }
            throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                    "not a date in the form YYYY-MM-DD between " + MIN_YEAR + " and " + MAX_YEAR, text, LocalDate.class);
        }
    }
}

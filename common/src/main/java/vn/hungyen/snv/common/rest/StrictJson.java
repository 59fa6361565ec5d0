package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.input.InputText;

/**
 * How every service reads JSON: a key given twice, a value of another JSON type than the field's (no "12" for a
 * number, no 12 for a text, no 1 for true, no 1.5 for a whole number, no number for an enumeration), a date or month
 * that is not ISO text of a four-digit year ({@link InputDates}), text with a control character or a lone surrogate,
 * or anything after the document are all refused, so that they answer 400 instead of being stored changed. The
 * mapper also reads events, stored snapshots and other services' answers, so dates are checked for form only here;
 * the range a person may name is {@link vn.hungyen.snv.common.input.DateInRange} on request records.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Applied after the other customizers, so that its date reader replaces the lenient standard one. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Makes the mapper strict; returns it. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("snv-strict-input")
                .addDeserializer(String.class, new CleanText())
                .addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, InputDates.DATE_FORM, InputDates::isoDate))
                .addDeserializer(YearMonth.class, new IsoText<>(YearMonth.class, InputDates.MONTH_FORM, InputDates::isoMonth)));
        return mapper;
    }

    /** Text as the standard reader reads it, refused when it holds a control character or a lone surrogate. */
    static final class CleanText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            var problem = InputText.problem(text);
            if (problem.isPresent()) {
                throw new RefusedValue(parser, String.class, problem.get());
            }
            return text;
        }
    }

    /** A date or a month: only ISO text ({@code yyyy-MM-dd}, {@code yyyy-MM}) read by {@link InputDates}. */
    static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final String form;
        private final Function<String, T> reader;

        IsoText(Class<T> type, String form, Function<String, T> reader) {
            super(type);
            this.form = form;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValue(parser, handledType(), "phải là " + form + " (viết trong dấu ngoặc kép)");
            }
            String text = parser.getText();
            try {
                return reader.apply(text);
            } catch (IllegalArgumentException e) {
                throw new RefusedValue(parser, handledType(), e.getMessage() + ", không phải \"" + text + "\"");
            }
        }
    }
}

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
                .addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(YearMonth.class, new IsoMonth()));
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

    /** A date: only {@code yyyy-MM-dd} text. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, InputDates.DATE_FORM, LocalDate.class);
            try {
                return InputDates.isoDate(text);
            } catch (IllegalArgumentException e) {
                throw new RefusedValue(parser, LocalDate.class, e.getMessage() + ", không phải \"" + text + "\"");
            }
        }
    }

    /** A month: only {@code yyyy-MM} text. */
    static final class IsoMonth extends StdScalarDeserializer<YearMonth> {

        IsoMonth() {
            super(YearMonth.class);
        }

        @Override
        public YearMonth deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, InputDates.MONTH_FORM, YearMonth.class);
            try {
                return InputDates.isoMonth(text);
            } catch (IllegalArgumentException e) {
                throw new RefusedValue(parser, YearMonth.class, e.getMessage() + ", không phải \"" + text + "\"");
            }
        }
    }

    private static String text(JsonParser parser, String form, Class<?> target) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new RefusedValue(parser, target, "phải là " + form + " (viết trong dấu ngoặc kép)");
        }
        return parser.getText();
    }
}

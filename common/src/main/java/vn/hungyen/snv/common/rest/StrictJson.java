package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
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
 * the range a person may name is {@link vn.hungyen.snv.common.input.DateInRange} on request records. Instants are read
 * by the standard reader, with a shortcut for their usual form ({@link CanonicalInstant}) that gives the same result.
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
                .addDeserializer(YearMonth.class, new IsoText<>(YearMonth.class, InputDates.MONTH_FORM, InputDates::isoMonth))
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                            JsonDeserializer<?> standard) {
                        return bean.getBeanClass() == Instant.class ? new CanonicalInstant(standard) : standard;
                    }
                }));
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

    /**
     * The standard instant reader, which parses through {@code DateTimeFormatter.ISO_INSTANT} (most of the time the
     * event consumer spent reading an event), with a shortcut for the form every service writes,
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}: a text of exactly that form, with a date the calendar has and a time
     * within the day, gives the instant the standard reader would give; anything else (another form, a leap second,
     * a number, a field with its own {@code @JsonFormat}) goes to the standard reader, errors included.
     */
    static final class CanonicalInstant extends DelegatingDeserializer {

        CanonicalInstant(JsonDeserializer<?> standard) {
            super(standard);
        }

        /** A field whose format differs from the standard one keeps the standard reader alone. */
        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> contextual) {
            return contextual;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = parse(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return super.deserialize(parser, context);
        }

        /** The instant a text of the form {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} names; null for any other text. */
        static Instant parse(String text) {
            int length = text.length();
            if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                    || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            if (length > 20) {
                int fraction = digits(text, 20, length - 1);
                if (text.charAt(19) != '.' || length == 21 || fraction < 0) {
                    return null;
                }
                nanos = fraction;
                for (int i = length - 1; i < 29; i++) {
                    nanos *= 10;
                }
            }
            if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                    || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
                return null;
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        }

        /** The number the ASCII digits from {@code from} to {@code to} (exclusive) write; -1 when one is not a digit. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}

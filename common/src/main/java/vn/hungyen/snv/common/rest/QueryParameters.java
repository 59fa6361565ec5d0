package vn.hungyen.snv.common.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.input.InputDates;

/**
 * Reads numbers, dates, yes/no and enumerations from query parameters so that a value of the wrong
 * form is a 400 that names the parameter and the expected form. Left to JAX-RS, a query parameter that
 * fails to convert is a 404 with no body, which tells the caller nothing.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = annotation(annotations, QueryParam.class).map(QueryParam::value).orElse(null);
        Form form = name == null ? null : form(rawType);
        if (form == null) {
            return null;
        }
        // an empty value (unit=&status=) means the parameter's default: @DefaultValue, else nothing
        String whenEmpty = annotation(annotations, DefaultValue.class).map(DefaultValue::value)
                .orElse(rawType.isPrimitive() ? "0" : null);
        return (ParamConverter<T>) new ParamConverter<>() {
            @Override
            public Object fromString(String value) {
                String given = value == null || !value.isBlank() ? value : whenEmpty;
                if (given == null) {
                    return null;
                }
                try {
                    return form.parse().apply(given.strip());
                } catch (IllegalArgumentException e) {
                    throw new Invalid(name, "phải là " + form.expected() + ", không phải \"" + value + "\"");
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    /** How a value of one type is read, and how the message names the form expected. */
    private record Form(Function<String, Object> parse, String expected) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Form form(Class<?> type) {
        if (type == Long.class || type == long.class) {
            return new Form(Long::valueOf, "một số nguyên");
        }
        if (type == Integer.class || type == int.class) {
            return new Form(Integer::valueOf, "một số nguyên");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Form(QueryParameters::yesOrNo, "true hoặc false");
        }
        if (type == LocalDate.class) {
            return new Form(InputDates::date, InputDates.DATE_FORM);
        }
        if (type == YearMonth.class) {
            return new Form(InputDates::month, InputDates.MONTH_FORM);
        }
        if (type.isEnum()) {
            return new Form(value -> Enum.valueOf((Class) type, value), "một trong các giá trị "
                    + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
        }
        return null;
    }

    private static <A extends Annotation> Optional<A> annotation(Annotation[] annotations, Class<A> type) {
        return Arrays.stream(annotations).filter(type::isInstance).map(type::cast).findFirst();
    }

    /** true or false, also 1 or 0 (JAX-RS itself passes "0" for an absent primitive parameter). */
    private static Boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** A query parameter of the wrong form; answered by {@link ProblemMappers} as a 400 problem. */
    public static final class Invalid extends BadRequestException {

        private final transient Problem problem;

        Invalid(String parameter, String message) {
            super("Tham số " + parameter + " " + message + ".");
            this.problem = new Problem("urn:snv:problem:invalid-parameter", "Tham số không hợp lệ", 400,
                    "invalid-parameter", getMessage(), List.of(new Problem.Violation(parameter, message)));
        }

        public Problem problem() {
            return problem;
        }
    }
}

package vn.hungyen.snv.common.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads numbers, dates, yes/no and enumerations from query parameters so that a value of the wrong
 * form is a 400 that names the parameter and the expected form. Left to JAX-RS, a query parameter that
 * fails to convert is a 404 with no body, which tells the caller nothing.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "một số nguyên");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "một số nguyên");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, QueryParameters::yesOrNo, "true hoặc false");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "một ngày dạng yyyy-MM-dd, ví dụ 2024-03-31");
        }
        if (rawType.isEnum()) {
            String constants = Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf((Class) rawType, value),
                    "một trong các giá trị " + constants);
        }
        return null;
    }

    /** true or false, also 1 or 0 (JAX-RS itself passes "0" for an absent primitive parameter). */
    private static Boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new Invalid(name, "phải là " + expected + ", không phải \"" + value + "\"");
                }
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
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

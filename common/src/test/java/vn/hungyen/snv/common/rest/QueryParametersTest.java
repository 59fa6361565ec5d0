package vn.hungyen.snv.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Parameter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    /** The parameters the converters are asked for, as a resource method declares them. */
    @SuppressWarnings("unused")
    private static void resource(@QueryParam("planItemId") Long planItemId, @QueryParam("page") int page,
            @QueryParam("open") Boolean open, @QueryParam("dueTo") LocalDate dueTo, @QueryParam("day") DayOfWeek day,
            @QueryParam("q") String q, @QueryParam("ids") List<Long> ids, @PathParam("id") long id,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("month") YearMonth month) {
    }

    private final QueryParameters parameters = new QueryParameters();

    @Test
    void valuesOfTheRightFormAreRead() {
        assertThat(read("planItemId", "42")).isEqualTo(42L);
        assertThat(read("page", " 3 ")).isEqualTo(3);
        assertThat(read("open", "false")).isEqualTo(false);
        assertThat(read("open", "TRUE")).isEqualTo(true);
        assertThat(read("open", "0")).as("JAX-RS's value of an absent primitive").isEqualTo(false);
        assertThat(read("dueTo", "2024-03-31")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(read("day", "MONDAY")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(read("month", "2024-03")).isEqualTo(YearMonth.of(2024, 3));
        assertThat(read("planItemId", null)).isNull();
    }

    @Test
    void anEmptyValueIsTheParametersDefault() {
        assertThat(read("planItemId", "")).isNull();
        assertThat(read("day", " ")).isNull();
        assertThat(read("size", "")).as("@DefaultValue").isEqualTo(20);
        assertThat(read("page", "")).as("a primitive without @DefaultValue").isEqualTo(0);
    }

    @Test
    void aValueOfTheWrongFormNamesTheParameterAndTheExpectedForm() {
        assertThatThrownBy(() -> read("planItemId", "abc"))
                .isInstanceOfSatisfying(QueryParameters.Invalid.class, e -> {
                    assertThat(e.getResponse().getStatus()).isEqualTo(400);
                    assertThat(e.problem().code()).isEqualTo("invalid-parameter");
                    assertThat(e.problem().detail())
                            .isEqualTo("Tham số planItemId phải là một số nguyên, không phải \"abc\".");
                    assertThat(e.problem().violations()).containsExactly(
                            new Problem.Violation("planItemId", "phải là một số nguyên, không phải \"abc\""));
                });
        assertThatThrownBy(() -> read("dueTo", "31/03/2024")).hasMessage(
                "Tham số dueTo phải là một ngày dạng yyyy-MM-dd từ 2000-01-01 đến 2100-12-31, ví dụ 2024-03-31, không phải \"31/03/2024\".");
        assertThatThrownBy(() -> read("month", "2024-3")).hasMessage(
                "Tham số month phải là một tháng dạng yyyy-MM từ 2000-01 đến 2100-12, ví dụ 2024-03, không phải \"2024-3\".");
        assertThatThrownBy(() -> read("open", "yes"))
                .hasMessage("Tham số open phải là true hoặc false, không phải \"yes\".");
        assertThatThrownBy(() -> read("day", "monday"))
                .hasMessageContaining("phải là một trong các giá trị MONDAY, TUESDAY");
    }

    @Test
    void otherParametersAndTypesAreLeftToJaxRs() {
        assertThat(converter("q")).isNull();
        assertThat(converter("ids")).isNull();
        assertThat(converter("id")).isNull();
    }

    private Object read(String name, String value) {
        return converter(name).fromString(value);
    }

    private jakarta.ws.rs.ext.ParamConverter<?> converter(String name) {
        Parameter parameter = Arrays.stream(QueryParametersTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("resource")).findFirst().orElseThrow().getParameters()[index(name)];
        return parameters.getConverter(parameter.getType(), parameter.getParameterizedType(), parameter.getAnnotations());
    }

    private static int index(String name) {
        return List.of("planItemId", "page", "open", "dueTo", "day", "q", "ids", "id", "size", "month").indexOf(name);
    }
}

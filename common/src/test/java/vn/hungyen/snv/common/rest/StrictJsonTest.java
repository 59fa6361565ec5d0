package vn.hungyen.snv.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Level { GOOD, BAD }

    record Body(String title, LocalDate dueDate, YearMonth month, BigDecimal weight, Long id, int count,
            Boolean flag, Level level, List<String> units) {
    }

    /** A mapper as Quarkus builds it (modules found on the class path), made strict. */
    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper().findAndRegisterModules());

    private static Body read(String json) throws JsonProcessingException {
        return JSON.readValue(json, Body.class);
    }

    /** The Vietnamese detail the problem body would carry for this document. */
    private static String detail(String json) {
        try {
            read(json);
        } catch (JsonProcessingException e) {
            try (var response = new ProblemMappers().unreadable(e)) {
                return ((Problem) response.getEntity()).detail();
            }
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void wellFormedValuesAreRead() throws JsonProcessingException {
        Body body = read("{\"title\":\"Báo cáo\\tquý\\n😀\",\"dueDate\":\"2024-03-31\",\"month\":\"2024-03\","
                + "\"weight\":1.25,\"id\":7,\"count\":2,\"flag\":true,\"level\":\"GOOD\",\"units\":[\"CCHC\"]}");
        assertThat(body).isEqualTo(new Body("Báo cáo\tquý\n😀", LocalDate.of(2024, 3, 31), YearMonth.of(2024, 3),
                new BigDecimal("1.25"), 7L, 2, true, Level.GOOD, List.of("CCHC")));
        assertThat(read("{\"weight\":2}").weight()).isEqualByComparingTo("2");
        assertThat(read("{\"title\":null,\"dueDate\":null}").dueDate()).isNull();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        assertThat(detail("{\"title\":\"a\\u0000b\"}")).isEqualTo(
                "Trường title chứa ký tự điều khiển không được phép (U+0000).");
        assertThat(detail("{\"units\":[\"CCHC\",\"\\u0001\"]}")).startsWith("Trường units.[1] chứa ký tự điều khiển");
        assertThat(detail("{\"title\":\"\\ud800\"}")).startsWith("Trường title chứa ký tự Unicode không hợp lệ");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThat(detail("{\"title\":\"a\",\"title\":\"b\"}")).isEqualTo(
                "Trường \"title\" xuất hiện nhiều lần trong JSON: mỗi trường chỉ được ghi một lần.");
    }

    @Test
    void datesAreIsoTextInRangeOnly() {
        assertThat(detail("{\"dueDate\":20240101}")).startsWith("Trường dueDate phải là một ngày dạng yyyy-MM-dd")
                .contains("ngoặc kép");
        assertThat(detail("{\"dueDate\":\"+10000-01-01\"}")).contains("dueDate", "2000-01-01 đến 2100-12-31");
        assertThat(detail("{\"dueDate\":\"2024-02-30\"}")).contains("dueDate", "không có trong lịch");
        assertThat(detail("{\"dueDate\":[2024,1,1]}")).contains("dueDate");
        assertThat(detail("{\"month\":\"2024-13\"}")).contains("month", "yyyy-MM");
    }

    @Test
    void historyIsReadWhateverItsYearTheRangeBeingLeftToRequestRecords() throws JsonProcessingException {
        assertThat(read("{\"dueDate\":\"1905-06-10\",\"month\":\"1905-06\"}")).extracting(Body::dueDate, Body::month)
                .containsExactly(LocalDate.of(1905, 6, 10), YearMonth.of(1905, 6));
    }

    @Test
    void scalarsAreNotCoerced() {
        assertThat(detail("{\"title\":12}")).contains("title", "văn bản");
        assertThat(detail("{\"title\":true}")).contains("title");
        assertThat(detail("{\"weight\":\"1.5\"}")).contains("weight", "một số");
        assertThat(detail("{\"id\":\"7\"}")).contains("id", "số nguyên");
        assertThat(detail("{\"id\":1.5}")).contains("id");
        assertThat(detail("{\"count\":\"2\"}")).contains("count");
        assertThat(detail("{\"flag\":1}")).contains("flag", "true hoặc false");
        assertThat(detail("{\"flag\":\"true\"}")).contains("flag");
        assertThat(detail("{\"level\":0}")).contains("level", "GOOD, BAD");
    }

    @Test
    void brokenJsonAndTrailingContentAreRefused() {
        assertThat(detail("{\"title\":\"a\"")).startsWith("Nội dung JSON không đọc được");
        assertThat(detail("{\"title\":\"a\"} {}")).startsWith("Nội dung JSON không đọc được");
        assertThatThrownBy(() -> read("{\"title\":\"a\"} x")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusalsAreMismatchedInputsWithThePath() {
        assertThatThrownBy(() -> read("{\"dueDate\":1}")).isInstanceOf(RefusedValue.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).hasSize(1));
    }
}

package vn.hungyen.snv.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Level { GOOD, BAD }

    record Body(String title, LocalDate dueDate, YearMonth month, BigDecimal weight, Long id, int count,
            Boolean flag, Level level, List<String> units) {
    }

    record Times(Instant at) {
    }

    record FormattedTime(@JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSX",
            timezone = "UTC") Instant at) {
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

    /**
     * Instants of the usual form take a shortcut ({@code StrictJson.CanonicalInstant}); every text, of that form or
     * not, valid or not, reads as the standard reader (the same mapper without {@code StrictJson}) reads it.
     */
    @Test
    void instantsReadAsTheStandardReaderReadsThem() throws JsonProcessingException {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) JSON.getDeserializationContext())
                .createInstance(JSON.getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(JSON.constructType(Instant.class)))
                .isInstanceOf(StrictJson.CanonicalInstant.class);
        ObjectMapper standard = new ObjectMapper().findAndRegisterModules();
        List<String> texts = new ArrayList<>(List.of("2024-03-04T05:06:07Z", "2024-03-04T05:06:07.1Z",
                "2024-03-04T05:06:07.123456Z", "2024-03-04T05:06:07.123456789Z", "2024-03-04T05:06:07.000Z",
                "2024-02-29T23:59:59.999999999Z", "1799-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z",
                "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-03-04T24:00:00Z", "2024-03-04T23:60:00Z",
                "2024-03-04T23:59:60Z", "2024-03-04T05:06:07.Z", "2024-03-04T05:06:07.1234567891Z",
                "2024-03-04t05:06:07z", "2024-03-04T05:06:07+00:00", "2024-03-04T05:06:07+07:00",
                " 2024-03-04T05:06:07Z", "2024-03-04T05:06:07Z ", "2024-3-04T05:06:07Z", "+2024-03-04T05:06:07Z",
                "2024-03-04T05:06Z", "2024-03-04 05:06:07Z", "2024-03-04T05:06:07,5Z", "2024-03-04T0a:06:07Z",
                "２０２４-03-04T05:06:07Z", "1700000000", "", "not a time"));
        SplittableRandom random = new SplittableRandom(540);
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
                    random.nextInt(1_000_000_000));
            String text = instant.toString();
            texts.add(text);
            texts.add(text.substring(0, 19) + "." + String.format("%09d", instant.getNano())
                    .substring(0, 1 + random.nextInt(9)) + "Z");
        }
        for (String text : texts) {
            String json = "{\"at\":\"" + text + "\"}";
            assertThat(outcome(JSON, json)).as(text).isEqualTo(outcome(standard, json));
        }
        assertThat(outcome(JSON, "{\"at\":1700000000.5}")).isEqualTo(outcome(standard, "{\"at\":1700000000.5}"));
    }

    @Test
    void anInstantWithItsOwnFormatIsReadInThatFormat() throws JsonProcessingException {
        assertThat(JSON.readValue("{\"at\":\"2024-03-04T05:06:07.120Z\"}", FormattedTime.class).at())
                .isEqualTo(Instant.parse("2024-03-04T05:06:07.120Z"));
        assertThatThrownBy(() -> JSON.readValue("{\"at\":\"2024-03-04T05:06:07Z\"}", FormattedTime.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    /** The instant read, or that it was refused. */
    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return Objects.toString(mapper.readValue(json, Times.class).at());
        } catch (JsonProcessingException e) {
            return "refused";
        }
    }
}

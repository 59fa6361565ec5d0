package vn.hungyen.snv.common.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTest {

    private static final int PLAN_YEAR = 2024;

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/6/2024              | 2024-06-30
            30/06/2024             | 2024-06-30
            Trước ngày 15/12/2024  | 2024-12-15
            trước 15/12/2024       | 2024-12-15
            Ngày 1/2/2025          | 2025-02-01
            15/12                  | 2024-12-15
            30-6-2024              | 2024-06-30
            29/2/2024              | 2024-02-29
            """)
    void aDateIsDueThatDay(String text, LocalDate due) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.dayOfMonth()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 3/2024          | 2024-03-31
            Tháng 3               | 2024-03-31
            Trong tháng 3/2024    | 2024-03-31
            tháng 04/2025         | 2025-04-30
            Tháng 11 năm 2024     | 2024-11-30
            Tháng 2/2024          | 2024-02-29
            Tháng 2/2023          | 2023-02-28
            """)
    void aMonthIsDueOnItsLastDay(String text, LocalDate due) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTH);
        assertThat(deadline.dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý II/2024              | 2024-06-30
            Quý 2/2024               | 2024-06-30
            Quý IV                   | 2024-12-31
            Trong Quý I năm 2024     | 2024-03-31
            QUÝ III/2025             | 2025-09-30
            quý iv / 2024            | 2024-12-31
            Qúy I/2024               | 2024-03-31
            """)
    void aQuarterIsDueOnItsLastDay(String text, LocalDate due) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.QUARTER);
        assertThat(deadline.dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6 tháng đầu năm 2024         | 2024-06-30
            6 tháng cuối năm 2024        | 2024-12-31
            6 tháng đầu năm              | 2024-06-30
            Trong 6 tháng cuối năm 2025  | 2025-12-31
            """)
    void aHalfYearIsDueOnItsLastDay(String text, LocalDate due) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.HALF_YEAR);
        assertThat(deadline.dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2024          | 2024-12-31
            Trong năm 2024    | 2024-12-31
            NĂM 2025          | 2025-12-31
            """)
    void aYearIsDueOnTheLastDayOfDecember(String text, LocalDate due) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.YEAR);
        assertThat(deadline.dueDate()).isEqualTo(due);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "thường xuyên", "  THƯỜNG XUYÊN  "})
    void aRegularTaskHasNoSingleDueDate(String text) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.REGULAR);
        assertThat(deadline.dueDate()).isNull();
        assertThat(deadline.dayOfMonth()).isNull();
        assertThat(deadline.recurring()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trước ngày 20 hằng tháng", "Ngày 20 hằng tháng", "trước ngày 20 hàng tháng",
            "Trước  ngày  20  hằng  tháng"})
    void aMonthlyDayKeepsItsDayOfMonth(String text) {
        Deadline deadline = Deadline.parse(text, PLAN_YEAR);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.MONTHLY_DAY);
        assertThat(deadline.dayOfMonth()).isEqualTo(20);
        assertThat(deadline.dueDate()).isNull();
        assertThat(deadline.recurring()).isTrue();
    }

    @Test
    void decomposedUnicodeFromACopiedDocumentParsesLikeComposedText() {
        String decomposed = Normalizer.normalize("Trong Quý II năm 2024", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Trong Quý II năm 2024");

        assertThat(Deadline.parse(decomposed, PLAN_YEAR)).isEqualTo(Deadline.inQuarter(2024, 2));
        assertThat(Deadline.parse(Normalizer.normalize("Thường xuyên", Normalizer.Form.NFD), PLAN_YEAR))
                .isEqualTo(Deadline.regular());
    }

    @Test
    void nonBreakingSpacesAndATrailingFullStopAreIgnored() {
        assertThat(Deadline.parse("Quý\u00A0II/2024.", PLAN_YEAR)).isEqualTo(Deadline.inQuarter(2024, 2));
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            30/06/2024                 | 30/6/2024
            Trước ngày 05/01/2025      | 5/1/2025
            trong tháng 03 năm 2024    | Tháng 3/2024
            Quý 2/2024                 | Quý II/2024
            quý iv                     | Quý IV/2024
            6 tháng đầu năm            | 6 tháng đầu năm 2024
            6 tháng cuối năm 2024      | 6 tháng cuối năm 2024
            trong năm 2024             | Năm 2024
            thường xuyên               | Thường xuyên
            Ngày 20 hàng tháng         | Trước ngày 20 hằng tháng
            """)
    void theTextIsCanonical(String input, String canonical) {
        Deadline deadline = Deadline.parse(input, PLAN_YEAR);

        assertThat(deadline.text()).isEqualTo(canonical);
        assertThat(deadline.canonicalText()).isEqualTo(canonical);
        assertThat(Normalizer.isNormalized(deadline.text(), Normalizer.Form.NFC)).isTrue();
    }

    static Stream<Deadline> everyKind() {
        return Stream.of(Deadline.onDate(LocalDate.of(2024, 6, 30)), Deadline.onDate(LocalDate.of(2024, 2, 29)),
                Deadline.onDate(LocalDate.of(2025, 12, 1)), Deadline.inMonth(YearMonth.of(2024, 2)),
                Deadline.inMonth(YearMonth.of(2025, 12)), Deadline.inQuarter(2024, 1), Deadline.inQuarter(2024, 2),
                Deadline.inQuarter(2024, 3), Deadline.inQuarter(2024, 4), Deadline.inHalfYear(2024, 1),
                Deadline.inHalfYear(2024, 2), Deadline.inYear(2026), Deadline.regular(), Deadline.monthlyOnDay(1),
                Deadline.monthlyOnDay(20), Deadline.monthlyOnDay(31));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void theCanonicalTextParsesBackToTheSameDeadline(Deadline deadline) {
        assertThat(Deadline.parse(deadline.canonicalText(), 1999)).isEqualTo(deadline);
    }

    @Test
    void eachKindHasItsCanonicalForm() {
        assertThat(Deadline.onDate(LocalDate.of(2024, 6, 30)).text()).isEqualTo("30/6/2024");
        assertThat(Deadline.inMonth(YearMonth.of(2024, 3)).text()).isEqualTo("Tháng 3/2024");
        assertThat(Deadline.inQuarter(2024, 2).text()).isEqualTo("Quý II/2024");
        assertThat(Deadline.inQuarter(2024, 4).text()).isEqualTo("Quý IV/2024");
        assertThat(Deadline.inHalfYear(2024, 1).text()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(Deadline.inHalfYear(2024, 2).text()).isEqualTo("6 tháng cuối năm 2024");
        assertThat(Deadline.inYear(2024).text()).isEqualTo("Năm 2024");
        assertThat(Deadline.regular().text()).isEqualTo("Thường xuyên");
        assertThat(Deadline.monthlyOnDay(20).text()).isEqualTo("Trước ngày 20 hằng tháng");
    }

    @Test
    void anUnknownTextIsRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> Deadline.parse("abc", PLAN_YEAR))
                .isInstanceOf(DeadlineFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Không hiểu thời hạn \"abc\". Dùng một trong các dạng: 30/6/2024; Tháng 3/2024; "
                        + "Quý II/2024; 6 tháng đầu năm 2024; Năm 2024; Thường xuyên; Trước ngày 20 hằng tháng.");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/2/2024                  | ngày 31/2/2024 không có trong lịch
            29/2/2023                  | ngày 29/2/2023 không có trong lịch
            31/4                       | ngày 31/4/2024 không có trong lịch
            0/1/2024                   | ngày 0/1/2024 không có trong lịch
            Quý V/2024                 | quý phải từ I đến IV
            Quý 5                      | quý phải từ I đến IV
            Tháng 13                   | tháng phải từ 1 đến 12
            Tháng 0/2024               | tháng phải từ 1 đến 12
            Trước ngày 32 hằng tháng   | ngày trong tháng phải từ 1 đến 31
            Trước ngày 0 hằng tháng    | ngày trong tháng phải từ 1 đến 31
            Năm 0202                   | năm phải có 4 chữ số
            """)
    void anImpossibleDeadlineIsRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> Deadline.parse(text, PLAN_YEAR))
                .isInstanceOf(DeadlineFormatException.class)
                .hasMessageStartingWith("Không hiểu thời hạn \"" + text + "\": " + reason + ".")
                .hasMessageContaining("Dùng một trong các dạng: 30/6/2024; Tháng 3/2024; Quý II/2024;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngày mai", "abc", "Quý", "Tháng", "2024", "3/2024", "30/6/24", "Cuối năm",
            "Trước ngày hằng tháng", "Thường xuyên trong năm"})
    void textThatIsNoDeadlineIsRefused(String text) {
        assertThatThrownBy(() -> Deadline.parse(text, PLAN_YEAR))
                .isInstanceOf(DeadlineFormatException.class)
                .hasMessageStartingWith("Không hiểu thời hạn \"" + text + "\"")
                .satisfies(e -> assertThat(((DeadlineFormatException) e).text()).isEqualTo(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aMissingDeadlineIsRefused(String text) {
        assertThatThrownBy(() -> Deadline.parse(text, PLAN_YEAR))
                .isInstanceOf(DeadlineFormatException.class)
                .hasMessageStartingWith("Không hiểu thời hạn \"\": thời hạn trống.");
    }

    @Test
    void theRefusalQuotesTheTextAsTheUserWroteIt() {
        assertThatThrownBy(() -> Deadline.parse("  Ngày mai  ", PLAN_YEAR))
                .hasMessageStartingWith("Không hiểu thời hạn \"Ngày mai\".");
    }

    @Test
    void aMonthlyDayOf31FallsOnTheLastDayOfShorterMonths() {
        Deadline deadline = Deadline.monthlyOnDay(31);

        assertThat(deadline.dueDateIn(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(deadline.dueDateIn(YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 4))).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 5))).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void aMonthlyDayOf20IsDueOnThe20thOfEachMonth() {
        Deadline deadline = Deadline.parse("Trước ngày 20 hằng tháng", PLAN_YEAR);

        assertThat(deadline.dueDateIn(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 12))).isEqualTo(LocalDate.of(2024, 12, 20));
    }

    @Test
    void aRegularTaskIsDueAtTheEndOfEachMonth() {
        Deadline deadline = Deadline.regular();

        assertThat(deadline.dueDateIn(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(deadline.dueDateIn(YearMonth.of(2025, 2))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 9))).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aOneOffDeadlineIsDueOnItsOwnDateWhateverTheMonth() {
        Deadline deadline = Deadline.parse("Quý II/2024", PLAN_YEAR);

        assertThat(deadline.recurring()).isFalse();
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 3))).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(deadline.dueDateIn(YearMonth.of(2024, 8))).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void onlyRegularAndMonthlyDayDeadlinesRecur() {
        assertThat(Stream.of(DeadlineKind.values()).filter(DeadlineKind::recurring))
                .containsExactly(DeadlineKind.REGULAR, DeadlineKind.MONTHLY_DAY);
    }

    @Test
    void eachKindHasAVietnameseLabel() {
        assertThat(Stream.of(DeadlineKind.values()).map(DeadlineKind::label)).containsExactly("Ngày cụ thể", "Tháng",
                "Quý", "6 tháng", "Năm", "Thường xuyên", "Ngày cố định hằng tháng");
    }

    @Test
    void aRecordWhoseFieldsDisagreeCannotBeBuilt() {
        LocalDate june30 = LocalDate.of(2024, 6, 30);

        assertThatThrownBy(() -> new Deadline(DeadlineKind.DATE, "1/7/2024", june30, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.MONTH, "Tháng 6/2024", LocalDate.of(2024, 6, 15), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.REGULAR, "Thường xuyên", june30, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(DeadlineKind.MONTHLY_DAY, "Trước ngày 32 hằng tháng", null, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Deadline(DeadlineKind.QUARTER, "Quý II/2024", june30, null))
                .isEqualTo(Deadline.inQuarter(2024, 2));
    }
}

package vn.hungyen.snv.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rules.Violation;

/** The rules of a deputy head's fields of work: who is a deputy head, which assignment holds, what is refused. */
class DeputyFieldsRulesTest {

    private static final Set<String> KNOWN = Set.of("Cải cách hành chính", "Văn thư, lưu trữ");
    private static final DeputyFields.Assignment MARCH = assignment("2024-03", "Cải cách hành chính");
    private static final DeputyFields.Assignment JUNE = assignment("2024-06");

    private static DeputyFields.Assignment assignment(String from, String... fields) {
        return new DeputyFields.Assignment("VP", 6, YearMonth.parse(from), List.of(fields));
    }

    @Test
    void aDeputyHeadIsALeaderPostedInTheUnitWhoIsNotItsHead() {
        Optional<OfficerHistory.Posting> inVp = Optional.of(new OfficerHistory.Posting("VP", "Phó Chánh Văn phòng",
                LocalDate.of(2000, 1, 1)));
        assertThat(DeputyFields.deputyHeadOf("VP", inVp, true, "deputyhead.vp.1", "head.vp")).isTrue();
        assertThat(DeputyFields.deputyHeadOf("VP", inVp, true, "head.vp", "head.vp")).isFalse();
        assertThat(DeputyFields.deputyHeadOf("VP", inVp, false, "officer.vp.1", "head.vp")).isFalse();
        assertThat(DeputyFields.deputyHeadOf("CCHC", inVp, true, "deputyhead.vp.1", "head.cchc")).isFalse();
        assertThat(DeputyFields.deputyHeadOf("VP", Optional.empty(), true, "deputyhead.vp.1", "head.vp")).isFalse();
    }

    @Test
    void anAssignmentHoldsFromItsMonthUntilTheNext() {
        List<DeputyFields.Assignment> history = List.of(MARCH, JUNE);
        assertThat(DeputyFields.inForce(history, YearMonth.of(2024, 2))).isEmpty();
        assertThat(DeputyFields.inForce(history, YearMonth.of(2024, 3))).contains(MARCH);
        assertThat(DeputyFields.inForce(history, YearMonth.of(2024, 5))).contains(MARCH);
        assertThat(DeputyFields.inForce(history, YearMonth.of(2024, 6))).contains(JUNE);
        assertThat(DeputyFields.inForce(history, YearMonth.of(2030, 1))).contains(JUNE);
    }

    @Test
    void fieldsAreStrippedAndGivenOnce() {
        assertThat(DeputyFields.normalised(Arrays.asList(" Văn thư, lưu trữ", "", null, "Văn thư, lưu trữ",
                "Cải cách hành chính"))).containsExactly("Văn thư, lưu trữ", "Cải cách hành chính");
    }

    @Test
    void unknownFieldsAndMonthsBeforeTheLatestAreRefused() {
        assertThat(DeputyFields.check(assignment("2024-07", "Văn thư, lưu trữ"), KNOWN, List.of(MARCH, JUNE)))
                .isEmpty();
        assertThat(DeputyFields.check(assignment("2024-06", "Văn thư, lưu trữ"), KNOWN, List.of(MARCH, JUNE)))
                .as("the same month corrects it").isEmpty();
        assertThat(DeputyFields.check(assignment("2024-05"), KNOWN, List.of(MARCH, JUNE)))
                .map(Violation::code).contains("before-latest-assignment");
        Optional<Violation> unknown = DeputyFields.check(assignment("2024-07", "Tuyên truyền"), KNOWN, List.of());
        assertThat(unknown.map(Violation::code)).contains("unknown-field");
        assertThat(unknown.map(Violation::field)).contains("fields");
        assertThat(unknown.map(Violation::message).orElseThrow()).startsWith("Không có lĩnh vực công tác "
                + "\"Tuyên truyền\"; hãy chọn trong danh mục lĩnh vực: Cải cách hành chính; Văn thư, lưu trữ.");
    }
}

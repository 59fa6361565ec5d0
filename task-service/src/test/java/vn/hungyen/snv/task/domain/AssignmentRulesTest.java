package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.task.domain.AssignmentRules.Draft;

class AssignmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 15);
    private static final Set<String> UNITS = Set.of("CCHC", "VP", "TTRA");
    private static final Map<Long, AssignmentRules.Officer> OFFICERS = Map.of(
            11L, new AssignmentRules.Officer("Nguyễn Văn An", "CCHC"),
            21L, new AssignmentRules.Officer("Lương Đức Đạt", "VP"));
    private static final AssignmentRules.Directory DIRECTORY = new AssignmentRules.Directory() {
        @Override
        public boolean hasUnit(String code) {
            return UNITS.contains(code);
        }

        @Override
        public Optional<AssignmentRules.Officer> officer(long id) {
            return Optional.ofNullable(OFFICERS.get(id));
        }
    };
    private static final AssignmentRules.Assigner HEAD_OF_CCHC = new AssignmentRules.Assigner("CCHC"::equals, false);
    private static final AssignmentRules.Assigner ADMIN = new AssignmentRules.Assigner(unit -> true, true);
    private static final CatalogueItem QUARTERLY = new CatalogueItem(7, "Báo cáo công tác CCHC quý II", "CCHC",
            List.of("VP"), "Báo cáo", Deadline.inQuarter(2024, 2), false);
    private static final CatalogueItem MONTHLY_ON_10 = new CatalogueItem(8, "Báo cáo tiến độ hằng tháng", "CCHC",
            List.of(), "Báo cáo", Deadline.monthlyOnDay(10), false);

    private static Draft adHoc(String unit, LocalDate due) {
        return new Draft(null, "Kiểm tra công tác văn thư", unit, null, due, null, null, null, false);
    }

    private static Draft fromItem(long itemId, boolean recurring) {
        return new Draft(itemId, null, null, null, null, null, null, null, recurring);
    }

    private static List<String> codes(AssignmentRules.Checked checked) {
        return checked.problems().stream().map(Violation::code).toList();
    }

    @Test
    void aValidAdHocAssignmentHasNoProblems() {
        var checked = AssignmentRules.check(adHoc("CCHC", TODAY.plusDays(10)), Optional.empty(), DIRECTORY,
                HEAD_OF_CCHC, TODAY);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.draft().weightOrDefault()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aCatalogueItemFillsTitleUnitsProductAndDueDateTheRequestLeavesOut() {
        Draft draft = AssignmentRules.check(fromItem(7, false), Optional.of(QUARTERLY), DIRECTORY, HEAD_OF_CCHC,
                TODAY).draft();
        assertThat(draft.title()).isEqualTo("Báo cáo công tác CCHC quý II");
        assertThat(draft.unitCode()).isEqualTo("CCHC");
        assertThat(draft.coordinatingUnits()).containsExactly("VP");
        assertThat(draft.expectedProduct()).isEqualTo("Báo cáo");
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void whatTheRequestGivesWinsOverTheCatalogueItem() {
        Draft request = new Draft(7L, null, "CCHC", 11L, LocalDate.of(2024, 6, 10), List.of(), "Tờ trình", null,
                false);
        Draft draft = AssignmentRules.check(request, Optional.of(QUARTERLY), DIRECTORY, HEAD_OF_CCHC, TODAY).draft();
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(draft.coordinatingUnits()).isEmpty();
        assertThat(draft.expectedProduct()).isEqualTo("Tờ trình");
        assertThat(draft.assigneeId()).isEqualTo(11L);
    }

    @Test
    void aMonthlyDeadlineWhoseDayHasPassedIsDueNextMonth() {
        Draft draft = AssignmentRules.check(fromItem(8, false), Optional.of(MONTHLY_ON_10), DIRECTORY, HEAD_OF_CCHC,
                TODAY).draft();
        assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2024, 6, 10));
    }

    @Test
    void anItemThatCannotBeFoundIsAProblemOfPlanItemId() {
        var checked = AssignmentRules.check(fromItem(404, false), Optional.empty(), DIRECTORY, HEAD_OF_CCHC, TODAY);
        assertThat(checked.problems()).first().extracting(Violation::field, Violation::code)
                .containsExactly("planItemId", "unknown-plan-item");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        Draft draft = new Draft(null, " ", "VP", 11L, TODAY.minusDays(1), List.of("CCHC", "NOPE"), null, null,
                false);
        var checked = AssignmentRules.check(draft, Optional.empty(), DIRECTORY, HEAD_OF_CCHC, TODAY);
        assertThat(checked.problems()).extracting(Violation::field).containsExactly("title", "unitCode",
                "assigneeId", "dueDate", "coordinatingUnits");
        assertThat(codes(checked)).containsExactly("title-or-plan-item", "unit-out-of-scope", "officer-not-in-unit",
                "due-date-in-past", "unknown-unit");
        assertThat(checked.problems().get(1).kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(checked.problems().get(2).message()).isEqualTo("Cán bộ Nguyễn Văn An không thuộc đơn vị VP.");
    }

    @Test
    void missingUnitAndDueDateAreMissingFields() {
        var checked = AssignmentRules.check(adHoc(null, null), Optional.empty(), DIRECTORY, HEAD_OF_CCHC, TODAY);
        assertThat(checked.problems()).extracting(Violation::field, Violation::kind).containsExactly(
                tuple("unitCode", Kind.INPUT),
                tuple("dueDate", Kind.INPUT));
    }

    @Test
    void onlyAnAdministratorBackfillsAPastDueDate() {
        Draft past = adHoc("CCHC", TODAY.minusDays(40));
        assertThat(codes(AssignmentRules.check(past, Optional.empty(), DIRECTORY, HEAD_OF_CCHC, TODAY)))
                .containsExactly("due-date-in-past");
        assertThat(AssignmentRules.check(past, Optional.empty(), DIRECTORY, ADMIN, TODAY).problems()).isEmpty();
    }

    @Test
    void unknownUnitsAndOfficersAreUnprocessable() {
        Draft draft = new Draft(null, "Giao việc", "XYZ", 99L, TODAY, null, null, null, false);
        assertThat(codes(AssignmentRules.check(draft, Optional.empty(), DIRECTORY, ADMIN, TODAY)))
                .containsExactly("unknown-unit", "unknown-officer");
    }

    @Test
    void theLeadUnitIsNotItsOwnCoordinatingUnit() {
        Draft draft = new Draft(null, "Giao việc", "CCHC", null, TODAY, List.of("VP", "CCHC", "VP"), null, null,
                false);
        assertThat(draft.otherCoordinatingUnits()).containsExactly("VP");
    }

    @Test
    void onlyAnItemWithARecurringDeadlineRecurs() {
        assertThat(AssignmentRules.check(fromItem(8, true), Optional.of(MONTHLY_ON_10), DIRECTORY, HEAD_OF_CCHC,
                TODAY).problems()).isEmpty();
        assertThat(codes(AssignmentRules.check(fromItem(7, true), Optional.of(QUARTERLY), DIRECTORY, ADMIN, TODAY)))
                .containsExactly("not-recurring");
        Draft adHoc = new Draft(null, "Giao việc", "CCHC", null, TODAY, null, null, null, true);
        assertThat(codes(AssignmentRules.check(adHoc, Optional.empty(), DIRECTORY, ADMIN, TODAY)))
                .containsExactly("not-recurring");
    }

    @Test
    void nothingIsAssignedFromAnItemOfAPlanNotYetPublishedEvenWithItsOwnTitleAndDueDate() {
        CatalogueItem inDraft = new CatalogueItem(9, "Dự thảo nhiệm vụ", "CCHC", List.of(), "Báo cáo",
                Deadline.inQuarter(2024, 2), true);
        Draft ownWording = new Draft(9L, "Tiêu đề riêng", "CCHC", null, TODAY, null, null, null, false);
        var checked = AssignmentRules.check(ownWording, Optional.of(inDraft), DIRECTORY, ADMIN, TODAY);
        assertThat(checked.problems()).extracting(Violation::field, Violation::code, Violation::kind)
                .containsExactly(tuple("planItemId", "plan-not-published", Kind.CONFLICT));
        assertThat(checked.problems().get(0).message()).startsWith("Kế hoạch chưa được ban hành");
        assertThat(AssignmentRules.check(ownWording, Optional.of(QUARTERLY), DIRECTORY, ADMIN, TODAY).problems())
                .isEmpty();
    }

    @Test
    void aNamedItemMustExistEvenWhenTheRequestGivesItsOwnWordingAndDate() {
        Draft ownWording = new Draft(404L, "Tiêu đề riêng", "CCHC", null, TODAY, null, null, null, false);
        var checked = AssignmentRules.check(ownWording, Optional.empty(), DIRECTORY, ADMIN, TODAY);
        assertThat(checked.problems()).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("planItemId", "unknown-plan-item"));
        assertThat(checked.problems().get(0).message()).isEqualTo("Không có mục danh mục mã 404 trong kế hoạch.");
    }
}

package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationScheduleTest {

    /** June 2024: the 3rd, 5th, 6th and 8th working days of July. */
    private static final EvaluationSchedule.Dates JUNE = new EvaluationSchedule.Dates(LocalDate.of(2024, 7, 3),
            LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 10));

    @Test
    void beforeTheFirstDateTheSelfAssessmentIsNextAndTheRestUpcoming() {
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 6, 20), false))
                .extracting(EvaluationSchedule.Step::mark)
                .containsExactly(EvaluationSchedule.NEXT, EvaluationSchedule.UPCOMING, EvaluationSchedule.UPCOMING,
                        EvaluationSchedule.UPCOMING);
    }

    @Test
    void aStepIsDueOnItsDateAndOverdueTheDayAfter() {
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 7, 5), false))
                .extracting(EvaluationSchedule.Step::mark)
                .containsExactly(EvaluationSchedule.OVERDUE, EvaluationSchedule.NEXT, EvaluationSchedule.UPCOMING,
                        EvaluationSchedule.UPCOMING);
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 7, 6), false).get(2).next()).isTrue();
    }

    @Test
    void anUnpublishedMonthPastEveryDateIsOverdueEverywhereWithNoNextStep() {
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 8, 1), false))
                .allSatisfy(step -> assertThat(step.mark()).isEqualTo(EvaluationSchedule.OVERDUE))
                .noneMatch(EvaluationSchedule.Step::next);
    }

    @Test
    void aPublishedMonthHasEveryStepDoneWhateverTheDate() {
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 7, 4), true))
                .extracting(EvaluationSchedule.Step::mark).containsOnly(EvaluationSchedule.DONE);
    }

    @Test
    void theStepsComeInTheOrderOfTheWorkflowWithTheirDates() {
        assertThat(EvaluationSchedule.steps(JUNE, LocalDate.of(2024, 6, 20), false))
                .extracting(EvaluationSchedule.Step::name, EvaluationSchedule.Step::due)
                .containsExactly(
                        tuple("Công chức tự đánh giá, gửi đề nghị miễn trừ",
                                LocalDate.of(2024, 7, 3)),
                        tuple("Lãnh đạo xem xét điểm, quyết định miễn trừ",
                                LocalDate.of(2024, 7, 5)),
                        tuple(
                                "Phó Giám đốc phụ trách chấm điểm tiêu chí chung của đơn vị", LocalDate.of(2024, 7, 8)),
                        tuple("Giám đốc phê duyệt, công bố kết quả tháng",
                                LocalDate.of(2024, 7, 10)));
    }
}

package vn.hungyen.snv.evaluation.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.CalendarEntry;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/** The month's schedule follows plan-service's calendar as edited, once it is read again, without a restart. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class EditedCalendarTest {

    @AfterEach
    void forgetTheEditedYear() {
        FakePlanService.reset();
    }

    @Test
    void aYearEnteredInPlanServiceMovesTheScheduleAfterTheNextRead() {
        // May 2029 has no bundled holidays: Tue 1, Wed 2, Thu 3 are its first three working days.
        PinnedClock.at("2029-04-10T03:00:00Z");
        MonthlyEvaluationTest.get("officer.cchc.1", "/schedule", "2029-04").then().statusCode(200)
                .body("selfAssessmentBy", equalTo("2029-05-03"));

        FakePlanService.calendar(2029, List.of(
                CalendarEntry.holiday(LocalDate.of(2029, 4, 30), "Ngày Giải phóng miền Nam (nghỉ bù)"),
                CalendarEntry.holiday(LocalDate.of(2029, 5, 1), "Ngày Quốc tế Lao động")));
        PinnedClock.at("2029-04-10T03:10:00Z");
        MonthlyEvaluationTest.get("officer.cchc.1", "/schedule", "2029-04").then().statusCode(200)
                .body("selfAssessmentBy", equalTo("2029-05-04"));
    }
}

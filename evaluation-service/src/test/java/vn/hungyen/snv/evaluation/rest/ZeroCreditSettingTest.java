package vn.hungyen.snv.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** {@code app.scoring.late-mode=zero-credit} changes the score: a late product earns no timeliness at all. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestProfile(ZeroCreditSettingTest.ZeroCredit.class)
class ZeroCreditSettingTest {

    /** The §10 defaults except lateMode. */
    public static class ZeroCredit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.scoring.late-mode", "zero-credit");
        }
    }

    private static final long OFFICER_VP_2 = 9;

    @Inject
    ObjectMapper json;

    @Inject
    ScoringSettings settings;

    @Test
    void oneSettingChangesOnlyItself() {
        assertThat(settings.lateMode()).isEqualTo(ScoringSettings.LateMode.ZERO_CREDIT);
        assertThat(settings).usingRecursiveComparison().ignoringFields("lateMode")
                .isEqualTo(ScoringSettings.defaults());
    }

    @Test
    void aLateProductEarnsNoTimeliness() {
        YearMonth september = TaskEvents.unusedYear().atMonth(9);
        LocalDate due = september.atDay(15);
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent onTime = TaskEvents.assigned(TaskEvents.newTaskId(), "VP", OFFICER_VP_2, due).build();
            TaskEvent late = TaskEvents.assigned(TaskEvents.newTaskId(), "VP", OFFICER_VP_2, due).build();
            events.send(onTime, TaskEvents.submitted(onTime, 2, due),
                    TaskEvents.reviewed(onTime, 3, due, "ACCEPTED", false),
                    late, TaskEvents.submitted(late, 2, due.plusDays(3)),
                    TaskEvents.reviewed(late, 3, due.plusDays(3), "ACCEPTED", false));
            TaskEvents.awaitStored(onTime.taskId(), 3);
            TaskEvents.awaitStored(late.taskId(), 3);
        }

        JsonPath officer = MonthlyEvaluationTest.get("director", "/officers/" + OFFICER_VP_2, september.toString())
                .then().statusCode(200).extract().jsonPath();

        // partial credit would give c = (1 + 0.75)/2 = 87.5; zero credit: c = 50, K = 0.7 × 250/3, G = 0
        assertThat(officer.getDouble("timeliness")).isEqualTo(50.0);
        assertThat(officer.getDouble("total")).isEqualTo(58.33);
    }
}

package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.RatingAdjustment;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * A page of a published month ({@code ?unit=}, read from the unit's rows alone: issue 10) answers the officers of the
 * whole month's answer of that unit, in the same order with the same Director's adjustments, in every caller's scope,
 * before and after an adjustment; one officer's answer is theirs in the whole month's; and a month stored as one JSON
 * value (snapshot versions 1 and 2) reads the same way.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class PublishedPageTest {

    private static final DemoOrganisation DEMO = DemoOrganisation.load().of(DemoOrganisation.DEPARTMENT);
    /** The Director, a deputy director, a head, a deputy head, an officer and a head of another unit. */
    private static final List<String> CALLERS = List.of("director", "deputy1", "head.cchc", "deputyhead.cchc.1",
            "officer.cchc.1", "head.vp");
    private static final long KHANH = 49;

    @Inject
    ObjectMapper json;

    @Test
    void aPageOfAPublishedMonthIsItsUnitInTheWholeMonthBeforeAndAfterAnAdjustment() throws IOException {
        YearMonth month = TaskEvents.unusedYear().atMonth(9);
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, month.atDay(10)).build();
            events.send(task, TaskEvents.submitted(task, 2, month.atDay(9)),
                    TaskEvents.reviewed(task, 3, month.atDay(9), "ACCEPTED", false));
            TaskEvents.awaitStored(task.taskId(), 3);
        }
        MonthSteps.completeEveryStep(month.toString());
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + month + "/publish")
                .then().statusCode(200);

        assertPagesAreTheWholeMonths(month);
        assertThat(officers("director", month, "?unit=CCHC")).hasSizeGreaterThan(3);
        // a head sees their unit only, on any page; an officer themself
        assertThat(officers("head.cchc", month, "")).allMatch(o -> "CCHC".equals(o.get("unitCode").asText()));
        assertThat(officers("head.cchc", month, "?unit=VP")).isEmpty();
        assertThat(officers("officer.cchc.1", month, "?unit=CCHC")).singleElement()
                .satisfies(o -> assertThat(o.get("officerId").asLong()).isEqualTo(KHANH));

        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Khiếu nại: chấm lại nhóm III"))
                .post("/api/evaluations/" + month + "/officers/" + KHANH + "/adjustments").then().statusCode(201);

        assertPagesAreTheWholeMonths(month);
        JsonNode khanh = officer(officers("head.cchc", month, "?unit=CCHC"), KHANH);
        assertThat(khanh.get("generalScore").decimalValue()).isEqualByComparingTo("20");
        assertThat(khanh.get("adjustments")).hasSize(1);
    }

    @Test
    void aMonthStoredInVersion1IsReadByPageAsBefore() throws IOException {
        YearMonth month = storedAndAdjusted(1);

        assertPagesAreTheWholeMonths(month);
        // shown over the month as published with the figures the adjustment recorded
        JsonNode khanh = officer(officers("head.cchc", month, "?unit=CCHC"), KHANH);
        assertThat(khanh.get("adjustments")).hasSize(1);
        assertThat(khanh.get("total").decimalValue()).isEqualByComparingTo("87.08");
    }

    @Test
    void aMonthStoredInVersion2IsReadByPageAsBefore() throws IOException {
        YearMonth month = storedAndAdjusted(2);

        assertPagesAreTheWholeMonths(month);
        assertThat(officer(officers("head.cchc", month, "?unit=CCHC"), KHANH).get("adjustments")).hasSize(1);
        assertThat(officers("director", month, "?unit=VP")).isNotEmpty();
    }

    /**
     * For every caller, every unit's page is the whole month's answer of that unit, and every officer's own answer
     * is theirs in it (with their products); a caller who does not see a unit gets an empty page.
     */
    private void assertPagesAreTheWholeMonths(YearMonth month) throws IOException {
        for (String caller : CALLERS) {
            ArrayNode whole = officers(caller, month, "");
            assertThat(whole).isNotEmpty();
            for (String unit : DEMO.units().stream().map(DemoOrganisation.Unit::code).toList()) {
                ArrayNode ofUnit = json.createArrayNode();
                whole.forEach(o -> {
                    if (unit.equals(o.get("unitCode").asText())) {
                        ofUnit.add(o);
                    }
                });
                assertThat(officers(caller, month, "?unit=" + unit)).as(caller + " " + unit).isEqualTo(ofUnit);
            }
            for (JsonNode listed : whole) {
                ObjectNode alone = (ObjectNode) json.readTree(get(caller, month, "/" + listed.get("officerId")));
                assertThat(alone.remove("products")).isNotNull();
                assertThat(alone).as(caller + " " + listed.get("officerId")).isEqualTo(listed);
            }
        }
    }

    private ArrayNode officers(String caller, YearMonth month, String query) throws IOException {
        return (ArrayNode) json.readTree(get(caller, month, query));
    }

    private static String get(String caller, YearMonth month, String rest) {
        return given().header("Authorization", TestTokens.bearer(caller))
                .get("/api/evaluations/" + month + "/officers" + rest).then().statusCode(200).extract().asString();
    }

    private static JsonNode officer(ArrayNode officers, long officerId) {
        for (JsonNode officer : officers) {
            if (officer.get("officerId").asLong() == officerId) {
                return officer;
            }
        }
        throw new AssertionError("officer " + officerId + " is not in " + officers);
    }

    /**
     * A month of the Department published in snapshot {@code version} as one JSON value, the version 1 sample's
     * officer for each member of a unit of the demo, in the demo's order, then adjusted by the Director ({@link
     * #adjust}).
     */
    private YearMonth storedAndAdjusted(int version) throws IOException {
        YearMonth month = TaskEvents.unusedYear().atMonth(9);
        ObjectNode stored;
        try (InputStream in = getClass().getResourceAsStream("/snapshots/month-v1.json")) {
            stored = (ObjectNode) json.readTree(in);
        }
        stored.put("month", month.toString());
        ObjectNode sample = (ObjectNode) stored.get("officers").get(0);
        ArrayNode officers = stored.putArray("officers");
        DEMO.officers().stream().filter(o -> o.unitCode() != null).forEach(o -> officers.add(sample.deepCopy()
                .put("officerId", o.id()).put("fullName", o.fullName()).put("unitCode", o.unitCode())));
        PublishedMonth record = new PublishedMonth();
        record.organisationCode = DemoOrganisation.DEPARTMENT;
        record.month = month.toString();
        record.publishedAt = Instant.parse(stored.get("publishedAt").asText());
        record.publishedBy = "director";
        record.snapshotVersion = version;
        record.ratings = json.writeValueAsString(stored);
        QuarkusTransaction.requiringNew().run(() -> record.persist());
        adjust(month);
        return month;
    }

    /** The Director's adjustment of Khánh's G (27 → 20, S 94.08 → 87.08), as recorded. */
    private static void adjust(YearMonth month) {
        RatingAdjustment adjustment = new RatingAdjustment();
        adjustment.organisationCode = DemoOrganisation.DEPARTMENT;
        adjustment.month = month.toString();
        adjustment.officerId = KHANH;
        adjustment.unitCode = "CCHC";
        adjustment.generalBefore = new BigDecimal("27");
        adjustment.generalAfter = new BigDecimal("20");
        adjustment.totalBefore = new BigDecimal("94.08");
        adjustment.totalAfter = new BigDecimal("87.08");
        adjustment.levelBefore = Level.HTTNV;
        adjustment.levelAfter = Level.HTTNV;
        adjustment.generalGiven = new BigDecimal("20");
        adjustment.reason = "Khiếu nại: chấm lại nhóm III";
        adjustment.adjustedBy = "director";
        adjustment.adjustedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> adjustment.persist());
    }
}

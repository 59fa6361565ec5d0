package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * Exemption requests (scoring-hy540 §1, §2, §8) in one June: officer.cchc.1 (49) has T1 due 10/06 done 12/06
 * (1 late event), T2 due 20/06 returned for a major error on 15/06 and accepted on 18/06 (1 return), T3 due 25/06
 * done on time; officer.cchc.2 (50) has T4 done on time. Without exemptions 49 has a = 100,
 * b = c = (1 + 0.75 + 1)/3 = 91.67, K = 0.7 × 283.33/3 = 66.11 and, not yet self-assessed, S = 66.11.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExemptionTest {

    private static final YearMonth JUNE = TaskEvents.unusedYear().atMonth(6);
    private static final String MONTH = JUNE.toString();
    private static final long KHANH = 49;
    private static final long THAO = 50;
    private static final long HEAD_CCHC = 47;
    private static final long DEPUTY_HEAD_CCHC = 48;

    @Inject
    ObjectMapper json;

    private long t1;
    private long t2;
    private long t3;
    private long t4;
    private long approvedId;

    @BeforeEach
    void sendTheMonthsEventsOnce() {
        if (t1 != 0) {
            return;
        }
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent late = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, day(10)).build();
            TaskEvent returned = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, day(20)).build();
            TaskEvent clean = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, day(25)).build();
            TaskEvent other = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", THAO, day(10)).build();
            events.send(late, TaskEvents.submitted(late, 2, day(12)),
                    TaskEvents.reviewed(late, 3, day(12), "ACCEPTED", false),
                    returned, TaskEvents.submitted(returned, 2, day(15)),
                    TaskEvents.reviewed(returned, 3, day(15), "RETURNED", true),
                    TaskEvents.submitted(returned, 4, day(18)),
                    TaskEvents.reviewed(returned, 5, day(18), "ACCEPTED", false),
                    clean, TaskEvents.submitted(clean, 2, day(24)),
                    TaskEvents.reviewed(clean, 3, day(24), "ACCEPTED", false),
                    other, TaskEvents.submitted(other, 2, day(9)),
                    TaskEvents.reviewed(other, 3, day(9), "ACCEPTED", false));
            TaskEvents.awaitStored(late.taskId(), 3);
            TaskEvents.awaitStored(returned.taskId(), 5);
            TaskEvents.awaitStored(clean.taskId(), 3);
            TaskEvents.awaitStored(other.taskId(), 3);
            t1 = late.taskId();
            t2 = returned.taskId();
            t3 = clean.taskId();
            t4 = other.taskId();
        }
    }

    @Test
    @Order(1)
    void onlyTheOfficerMayRequestAndOnlyForTheirOwnCountedLateOrReturnedProduct() {
        request("officer.cchc.1", KHANH, t3, "Lý do").then().statusCode(422)
                .contentType(containsString("problem+json")).body("code", equalTo("nothing-to-exempt"));
        request("officer.cchc.1", KHANH, t4, "Lý do").then().statusCode(422).body("code", equalTo("not-own-product"));
        request("officer.cchc.1", THAO, t4, "Lý do").then().statusCode(404);
        request("head.cchc", KHANH, t1, "Lý do").then().statusCode(403).body("code", equalTo("not-self"));
        request("officer.cchc.1", KHANH, t1, " ").then().statusCode(400)
                .body(containsString("Cần ghi lý do khách quan đề nghị miễn trừ"));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).contentType(ContentType.JSON)
                .body(Map.of("taskId", t1, "reason", "Lý do"))
                .post("/api/evaluations/2024-13/officers/" + KHANH + "/exemptions")
                .then().statusCode(400).body("code", equalTo("invalid-month"));
    }

    @Test
    @Order(2)
    void anApprovedExemptionRemovesTheLateEventAndARefusedOneChangesNothing() {
        JsonPath made = request("officer.cchc.1", KHANH, t1, "Chờ số liệu của Sở Tài chính (công văn 12/STC)")
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .body("requestedBy", equalTo("officer.cchc.1")).body("requestedLate", equalTo(true))
                .extract().jsonPath();
        assertThat(made.getLong("taskId")).isEqualTo(t1);
        request("officer.cchc.1", KHANH, t1, "Lần nữa").then().statusCode(409)
                .body("code", equalTo("exemption-exists"));
        JsonPath pending = officer("officer.cchc.1");
        assertThat(pending.getDouble("total")).isEqualTo(66.11);
        long id = made.getLong("id");
        assertThat(pending.getLong("exemptions[0].id")).isEqualTo(id);
        // T1's request is pending and T3 has nothing to exempt: only T2 may get one; the head rules on T1's
        assertThat(pending.getList("actions.requestExemption", Long.class)).containsExactly(t2);
        assertThat(pending.getList("actions.ruleOnExemption", Long.class)).isEmpty();
        assertThat(officer("head.cchc").getList("actions.ruleOnExemption", Long.class)).containsExactly(id);
        assertThat(officer("deputy1").getList("actions.ruleOnExemption", Long.class)).isEmpty();
        approvedId = id;

        rule("officer.cchc.1", KHANH, id, Map.of("approved", true)).then().statusCode(403)
                .body("code", equalTo("not-reviewer"));
        rule("head.vp", KHANH, id, Map.of("approved", true)).then().statusCode(404);
        rule("head.cchc", THAO, id, Map.of("approved", true)).then().statusCode(404);
        rule("head.cchc", KHANH, id, Map.of("approved", true, "note", "Xác nhận nguyên nhân khách quan"))
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("head.cchc"))
                .body("note", equalTo("Xác nhận nguyên nhân khách quan")).body("decidedLate", equalTo(true));
        rule("head.cchc", KHANH, id, Map.of("approved", false, "note", "Đổi ý")).then().statusCode(409)
                .body("code", equalTo("exemption-decided"));

        // T1 exempt: c = 100, b = 91.67, K = 0.7 × 291.67/3 = 68.06, S = 68.06
        JsonPath approved = officer("head.cchc");
        assertThat(approved.getDouble("quality")).isCloseTo(91.6667, offset(0.001));
        assertThat(approved.getDouble("timeliness")).isEqualTo(100.0);
        assertThat(approved.getDouble("taskScore")).isCloseTo(68.0556, offset(0.001));
        assertThat(approved.getDouble("total")).isEqualTo(68.06);
        Map<String, Object> exemptProduct = approved.getMap("products.find { it.taskId == " + t1 + " }");
        assertThat(exemptProduct.get("exempt")).isEqualTo(true);
        assertThat(exemptProduct.get("lateEvents")).isEqualTo(0);
        assertThat(approved.getString("exemptions[0].reason"))
                .isEqualTo("Chờ số liệu của Sở Tài chính (công văn 12/STC)");

        long refused = sameRequestTwiceAtOnce(KHANH, t2, "Văn bản mẫu thay đổi");
        rule("head.cchc", KHANH, refused, Map.of("approved", false)).then().statusCode(400)
                .body("code", equalTo("note-required"));
        rule("head.cchc", KHANH, refused, Map.of("approved", false, "note", "Lỗi nội dung do người soạn"))
                .then().statusCode(200).body("status", equalTo("REFUSED"));
        JsonPath after = officer("officer.cchc.1");
        assertThat(after.getDouble("quality")).isCloseTo(91.6667, offset(0.001));
        assertThat(after.getDouble("total")).isEqualTo(68.06);
        assertThat(after.getList("exemptions.status")).containsExactly("APPROVED", "REFUSED");
        assertThat(after.getList("exemptions.decidedBy")).containsExactly("head.cchc", "head.cchc");

        // the unit's products: T1 exempt, T2 returned once: c = 100, b = 3.75/4 = 93.75
        JsonPath unit = given().header("Authorization", TestTokens.bearer("head.cchc"))
                .get("/api/evaluations/" + MONTH + "/units").then().statusCode(200).extract().jsonPath();
        assertThat(unit.getDouble("[0].timeliness")).isEqualTo(100.0);
        assertThat(unit.getDouble("[0].quality")).isEqualTo(93.75);
    }

    @Test
    @Order(3)
    void aPendingRequestHoldsPublicationAndAfterPublicationRequestsAreRefused() {
        MonthSteps.completeEveryStep(MONTH);
        // a refused request may be made again, with a new cause; pending, it holds publication back
        long again = request("officer.cchc.1", KHANH, t2, "Bổ sung: mẫu văn bản do Bộ thay đổi ngày 16/06").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(409).body("code", equalTo("month-incomplete"))
                .body("violations.field", hasItem("exemptions/" + again));
        rule("head.cchc", KHANH, again, Map.of("approved", false, "note", "Không có văn bản của Bộ"))
                .then().statusCode(200).body("status", equalTo("REFUSED"));
        // T2's counted return leaves the leaders' organising ability (đ) to their reviewer's choice (§6)
        MonthSteps.put("deputy1", MONTH, "/officers/" + HEAD_CCHC + "/review",
                Map.of("generalScore", 26, "organisingChoice", 75)).then().statusCode(200);
        MonthSteps.put("head.cchc", MONTH, "/officers/" + DEPUTY_HEAD_CCHC + "/review",
                Map.of("generalScore", 26, "organisingChoice", 75)).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(200);

        request("officer.cchc.1", KHANH, t2, "Sau công bố").then().statusCode(409)
                .body("code", equalTo("month-published")).body("detail", containsString("điều chỉnh của Giám đốc"));
        rule("head.cchc", KHANH, approvedId, Map.of("approved", true)).then().statusCode(409)
                .body("code", equalTo("month-published"));
        // published with the approved exemption and G = 26: S = 26 + 68.06 = 94.06
        JsonPath published = officer("officer.cchc.1");
        assertThat(published.getDouble("total")).isEqualTo(94.06);
        assertThat(published.getList("exemptions.status")).containsExactly("APPROVED", "REFUSED", "REFUSED");
        assertThat(published.getBoolean("actions.selfAssess")).isFalse();
        assertThat(published.getList("actions.requestExemption")).isEmpty();
        assertThat(officer("head.cchc").getList("actions.ruleOnExemption")).isEmpty();
    }

    @Test
    @Order(4)
    void theMonthsExportListsTheRequestsAndTheirRulings() throws IOException {
        byte[] xlsx = given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + MONTH + "/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Miễn trừ");
            assertThat(cells(sheet.getRow(0))).containsExactly("STT", "Họ và tên", "Đơn vị", "Mã nhiệm vụ",
                    "Lý do đề nghị", "Ngày đề nghị", "Kết quả", "Ý kiến của người xem xét", "Người xem xét",
                    "Ngày quyết định");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(1, 2, 3)).extracting(r -> sheet.getRow(r).getCell(6).getStringCellValue())
                    .containsExactly("Đã chấp thuận", "Không chấp thuận", "Không chấp thuận");
            Row approved = sheet.getRow(1);
            assertThat(approved.getCell(1).getStringCellValue()).isEqualTo("Mai Minh Khánh");
            assertThat(approved.getCell(3).getNumericCellValue()).isEqualTo((double) t1);
            assertThat(approved.getCell(7).getStringCellValue()).isEqualTo("Xác nhận nguyên nhân khách quan");
            assertThat(approved.getCell(8).getStringCellValue()).isEqualTo("head.cchc");
            assertThat(approved.getCell(9).getStringCellValue()).matches("\\d{2}/\\d{2}/\\d{4}");
        }
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** A double click: the same request twice at the same moment makes one request, and a 409 for the other. */
    private static long sameRequestTwiceAtOnce(long officerId, long taskId, String reason) {
        ExecutorService twice = Executors.newFixedThreadPool(2);
        List<Response> answers = Stream.of(1, 2)
                .map(i -> twice.submit(() -> request("officer.cchc.1", officerId, taskId, reason)))
                .toList().stream().map(ExemptionTest::answer).toList();
        twice.shutdown();
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
        return answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().jsonPath().getLong("id");
    }

    private static Response answer(Future<Response> call) {
        try {
            return call.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response request(String username, long officerId, long taskId, String reason) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON)
                .body(Map.of("taskId", taskId, "reason", reason))
                .post("/api/evaluations/" + MONTH + "/officers/" + officerId + "/exemptions");
    }

    private static Response rule(String username, long officerId, long exemptionId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON).body(body)
                .put("/api/evaluations/" + MONTH + "/officers/" + officerId + "/exemptions/" + exemptionId);
    }

    private static JsonPath officer(String username) {
        return given().header("Authorization", TestTokens.bearer(username))
                .get("/api/evaluations/" + MONTH + "/officers/" + KHANH).then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate day(int dayOfMonth) {
        return JUNE.atDay(dayOfMonth);
    }
}

package vn.hungyen.snv.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;
import static vn.hungyen.snv.common.testing.Refusals.refused;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.task.repository.OutboxEvent;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskSubmission;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * Bad input of every kind answers a 4xx problem with a Vietnamese detail, and nothing is written: no task, no
 * submission, no event.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class BadInputTest {

    /** Letters only Vietnamese has, so that a detail in another language fails the check. */

    /** A task body as JSON text, with the given fields (raw JSON) after title, unit and due date. */
    private static String body(String extra) {
        return "{\"title\":\"Kiểm tra đầu vào " + UUID.randomUUID() + "\",\"unitCode\":\"CCHC\","
                + "\"dueDate\":\"" + java.time.LocalDate.now().plusMonths(1) + "\"" + extra + "}";
    }


    /** Runs the request and checks that it wrote no task, submission or event. */
    private static ValidatableResponse writesNothing(Supplier<ValidatableResponse> request) {
        long[] before = counts();
        ValidatableResponse response = request.get();
        assertThat(counts()).as("tasks, submissions, events").containsExactly(before);
        return response;
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {Task.count(), TaskSubmission.count(),
                OutboxEvent.count()});
    }

    private static ValidatableResponse assign(String json) {
        return as("head.cchc").body(json).when().post("/api/tasks").then();
    }

    /**
     * The answer, head and body, to a request line sent as it is: no HTTP client sends a malformed escape like
     * {@code %ZZ}.
     */
    private static String raw(String requestLine) {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + TestTokens.bearer("head.cchc") + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesInTextAreRefusedNamingTheField() {
        refused(writesNothing(() -> assign(body(",\"expectedProduct\":\"Báo cáo\\u0000\""))), 400)
                .body("detail", containsString("expectedProduct")).body("detail", containsString("U+0000"));
        refused(writesNothing(() -> assign(body(",\"expectedProduct\":\"Báo\\u0007cáo\""))), 400)
                .body("detail", containsString("expectedProduct"));
        refused(writesNothing(() -> assign("{\"title\":\"Báo cáo \\ud800\",\"unitCode\":\"CCHC\"}")), 400)
                .body("detail", containsString("title")).body("detail", containsString("surrogate"));
        long id = taskForOfficerCchc1("Sản phẩm có ký tự NUL");
        refused(writesNothing(() -> as("officer.cchc.1").body("{\"documentNumber\":\"12/BC\",\"issuedOn\":\""
                + java.time.LocalDate.now() + "\",\"summary\":\"Tóm\\u0000tắt\"}").when()
                .post("/api/tasks/{id}/submissions", id).then()), 400)
                .body("detail", containsString("summary"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        refused(writesNothing(() -> assign(body(",\"weight\":1,\"weight\":2"))), 400)
                .body("detail", containsString("\"weight\" xuất hiện nhiều lần"));
    }

    @Test
    void datesAreIsoTextWithinTheCenturies() {
        refused(writesNothing(() -> assign("{\"title\":\"Ngày là số\",\"unitCode\":\"CCHC\",\"dueDate\":20240101}")),
                400).body("detail", containsString("dueDate")).body("detail", containsString("yyyy-MM-dd"));
        refused(writesNothing(() -> assign("{\"title\":\"Năm năm chữ số\",\"unitCode\":\"CCHC\","
                + "\"dueDate\":\"+10000-01-01\"}")), 400).body("detail", containsString("2100-12-31"));
        refused(writesNothing(() -> assign("{\"title\":\"Quá xa\",\"unitCode\":\"CCHC\","
                + "\"dueDate\":\"2101-01-01\"}")), 400).body("detail", containsString("dueDate: hạn phải từ 2000-01-01"));
        refused(writesNothing(() -> assign("{\"title\":\"Không có ngày 30/2\",\"unitCode\":\"CCHC\","
                + "\"dueDate\":\"2030-02-30\"}")), 400).body("detail", containsString("dueDate"));
        refused(as("head.cchc").queryParam("dueTo", "10000-01-01").when().get("/api/tasks").then(), 400)
                .body("detail", containsString("dueTo"));
    }

    @Test
    void scalarsAreNotCoerced() {
        refused(writesNothing(() -> assign(body(",\"expectedProduct\":12"))), 400)
                .body("detail", containsString("expectedProduct")).body("detail", containsString("văn bản"));
        refused(writesNothing(() -> assign(body(",\"weight\":\"2\""))), 400)
                .body("detail", containsString("weight"));
        refused(writesNothing(() -> assign(body(",\"recurring\":1"))), 400)
                .body("detail", containsString("recurring"));
        refused(writesNothing(() -> assign(body(",\"recurring\":\"true\""))), 400)
                .body("detail", containsString("recurring"));
        refused(writesNothing(() -> assign(body(",\"assigneeId\":1.5"))), 400)
                .body("detail", containsString("assigneeId"));
    }

    @Test
    void aWeightKeepsItsScaleOrIsRefused() {
        refused(writesNothing(() -> assign(body(",\"weight\":1.234"))), 400)
                .body("detail", containsString("weight"));
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersIsRefused() {
        refused(writesNothing(() -> assign("{\"title\":\"\\u200b\\u200d\\ufeff \",\"unitCode\":\"CCHC\",\"dueDate\":\""
                + java.time.LocalDate.now().plusMonths(1) + "\"}")), 400).body("detail", containsString("title"));
        long id = taskForOfficerCchc1("Lý do hủy vô hình");
        refused(writesNothing(() -> as("head.cchc").body("{\"reason\":\"\\u2060\\u200c\"}").when()
                .post("/api/tasks/{id}/cancel", id).then()), 400).body("detail", containsString("reason"));
    }

    @Test
    void aCatalogueItemNamedMustExistEvenWithATitle() {
        refused(writesNothing(() -> assign(body(",\"planItemId\":99999999"))), 422)
                .body("code", is("unknown-plan-item")).body("detail", containsString("99999999"));
        refused(writesNothing(() -> assign(body(",\"planItemId\":-1"))), 422)
                .body("code", is("unknown-plan-item"));
    }

    @Test
    void brokenJsonWrongMediaTypeAndWrongAcceptAreProblems() {
        refused(writesNothing(() -> assign("{\"title\":\"Thiếu ngoặc\"")), 400);
        refused(writesNothing(() -> assign(body("") + " trailing")), 400);
        refused(writesNothing(() -> as("head.cchc").contentType("text/plain").body(body("")).when()
                .post("/api/tasks").then()), 415).body("code", is("unsupported-media-type"));
        refused(as("head.cchc").accept("application/xml").when().get("/api/tasks").then(), 406)
                .body("code", is("not-acceptable"));
    }

    @Test
    void wrongMethodsAndUnknownPathsAreProblems() {
        refused(writesNothing(() -> as("head.cchc").body(body("")).when().delete("/api/tasks").then()), 405)
                .body("code", is("method-not-allowed"));
        refused(as("head.cchc").when().get("/api/tasks/abc").then(), 404);
        refused(as("head.cchc").when().get("/api/no-such-thing").then(), 404).body("code", is("not-found"));
        refused(as("head.cchc").when().get("/api/tasks/1/no-such-thing").then(), 404);
    }

    @Test
    void controlCharactersAndBadEscapesInTheAddressAreRefused() {
        RequestSpecification head = as("head.cchc").urlEncodingEnabled(false);
        refused(head.when().get("/api/tasks?unit=%00").then(), 400).body("code", is("bad-request-target"));
        // Vert.x refuses a malformed escape itself, before any handler: a 400 still, but without a body
        assertThat(raw("GET /api/tasks?unit=%ZZ")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /api/plans/%G1/items")).startsWith("HTTP/1.1 400");
        refused(as("head.cchc").urlEncodingEnabled(false).when().get("/api/tasks/%00").then(), 400);
        refused(as("head.cchc").urlEncodingEnabled(false).when().get("/api/tasks?q=%C3%28").then(), 400);
        refused(writesNothing(() -> as("head.cchc").urlEncodingEnabled(false).body(body("")).when()
                .post("/api/tasks?x=%1F").then()), 400);
        // the check comes before sign-in: nothing reads a target it cannot decode
        refused(given().urlEncodingEnabled(false).header("Authorization", TestTokens.bearer("head.cchc"))
                .when().get("/api/no-such-thing%00").then(), 400);
    }
}

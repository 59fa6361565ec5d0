package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.common.testing.Refusals.refused;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.repository.ExemptionRequest;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.repository.UnitAssessment;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/**
 * Bad input to the month's forms (self-assessment, exemptions, unit review) answers a 4xx problem with a Vietnamese
 * detail, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class BadInputTest {

    /** Letters only Vietnamese has, so that a detail in another language fails the check. */
    private static final String MONTH = "/api/evaluations/2024-03";
    /** officer.cchc.1 */
    private static final long KHANH = 49;

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON);
    }


    /** Runs the request and checks that it wrote no assessment or exemption request. */
    private static ValidatableResponse writesNothing(Supplier<ValidatableResponse> request) {
        long[] before = counts();
        ValidatableResponse response = request.get();
        assertThat(counts()).as("officer and unit assessments, exemption requests").containsExactly(before);
        return response;
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {OfficerAssessment.count(),
                UnitAssessment.count(), ExemptionRequest.count()});
    }

    private static ValidatableResponse selfAssess(String json) {
        return writesNothing(() -> as("officer.cchc.1").body(json).when()
                .put(MONTH + "/officers/{id}/self-assessment", KHANH).then());
    }

    private static ValidatableResponse exemption(String json) {
        return writesNothing(() -> as("officer.cchc.1").body(json).when()
                .post(MONTH + "/officers/{id}/exemptions", KHANH).then());
    }

    private static ValidatableResponse unitReview(String json) {
        return writesNothing(() -> as("deputy1").body(json).when().put(MONTH + "/units/VP/review").then());
    }

    @Test
    void controlCharactersAndLoneSurrogatesInRemarksAreRefused() {
        refused(selfAssess("{\"groupI\":8,\"groupII\":8,\"groupIII\":8,\"remarks\":\"Tốt\\u0000\"}"), 400)
                .body("detail", containsString("remarks")).body("detail", containsString("U+0000"));
        refused(selfAssess("{\"groupI\":8,\"groupII\":8,\"groupIII\":8,\"remarks\":\"\\udfff\"}"), 400)
                .body("detail", containsString("remarks"));
        refused(unitReview("{\"generalScore\":27,\"note\":\"a\\u001bb\"}"), 400)
                .body("detail", containsString("note"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedOnEveryForm() {
        refused(selfAssess("{\"groupI\":8,\"groupI\":2,\"groupII\":8,\"groupIII\":8}"), 400)
                .body("detail", containsString("\"groupI\" xuất hiện nhiều lần"));
        refused(exemption("{\"taskId\":1,\"reason\":\"Mưa bão\",\"reason\":\"Khác\"}"), 400)
                .body("detail", containsString("\"reason\""));
        refused(unitReview("{\"generalScore\":27,\"generalScore\":30}"), 400)
                .body("detail", containsString("\"generalScore\""));
    }

    @Test
    void scoresAreNumbersThatKeepTheirScale() {
        refused(selfAssess("{\"groupI\":\"8\",\"groupII\":8,\"groupIII\":8}"), 400)
                .body("detail", containsString("groupI"));
        refused(selfAssess("{\"groupI\":8.125,\"groupII\":8,\"groupIII\":8}"), 400)
                .body("detail", containsString("groupI"));
        refused(unitReview("{\"generalScore\":27.555}"), 400).body("detail", containsString("generalScore"));
        refused(exemption("{\"taskId\":\"1\",\"reason\":\"Mưa bão\"}"), 400).body("detail", containsString("taskId"));
        refused(selfAssess("{\"groupI\":8,\"groupII\":8,\"groupIII\":8,\"remarks\":12}"), 400)
                .body("detail", containsString("remarks"));
    }

    @Test
    void aReasonOfOnlyInvisibleCharactersIsRefused() {
        refused(exemption("{\"taskId\":1,\"reason\":\"\\u200b\\u200d \\ufeff\"}"), 400)
                .body("detail", containsString("reason"));
    }

    @Test
    void brokenJsonMediaTypeMethodAndPathsAreProblems() {
        refused(selfAssess("{\"groupI\":8,"), 400);
        refused(writesNothing(() -> as("officer.cchc.1").contentType("text/plain").body("groupI=8").when()
                .put(MONTH + "/officers/{id}/self-assessment", KHANH).then()), 415);
        refused(writesNothing(() -> as("officer.cchc.1").when().delete(MONTH + "/officers/{id}/self-assessment",
                KHANH).then()), 405);
        refused(as("director").when().get(MONTH + "/officers/abc").then(), 404);
        refused(as("director").when().get("/api/evaluations/2024-03/no-such-thing").then(), 404);
        refused(as("director").when().get("/api/no-such-thing").then(), 404).body("code", is("not-found"));
    }

    @Test
    void controlCharactersInTheAddressAreRefused() {
        refused(as("director").urlEncodingEnabled(false).when().get(MONTH + "/officers?unit=%00").then(), 400)
                .body("code", is("bad-request-target"));
        refused(as("director").urlEncodingEnabled(false).when().get("/api/evaluations/%00/officers").then(), 400);
    }
}

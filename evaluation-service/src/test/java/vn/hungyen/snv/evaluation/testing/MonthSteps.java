package vn.hungyen.snv.evaluation.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;

/** Takes a month through every step of scoring-hy540 §8 for a whole demo organisation. */
public final class MonthSteps {

    private MonthSteps() {
    }

    /** {@link #completeEveryStep(String, String)} for the Department. */
    public static void completeEveryStep(String month) {
        completeEveryStep(month, DemoOrganisation.DEPARTMENT);
    }

    /**
     * Every rated officer of the demo organisation self-assesses 9 + 9 + 8, their reviewer confirms G = 26, and every
     * unit's supervising deputy director scores G_u = 27; the organisation's month is then ready to publish.
     */
    public static void completeEveryStep(String month, String organisationCode) {
        DemoOrganisation organisation = DemoOrganisation.load().of(organisationCode);
        for (DemoOrganisation.Officer officer : organisation.officers()) {
            if (officer.unitCode() == null) {
                continue;
            }
            DemoOrganisation.Unit unit = organisation.units().stream()
                    .filter(u -> u.code().equals(officer.unitCode())).findFirst().orElseThrow();
            put(officer.username(), month, "/officers/" + officer.id() + "/self-assessment",
                    Map.of("groupI", 9, "groupII", 9, "groupIII", 8)).then().statusCode(200);
            String reviewer = officer.username().equals(unit.headUsername()) ? unit.supervisorUsername()
                    : unit.headUsername();
            put(reviewer, month, "/officers/" + officer.id() + "/review", Map.of("generalScore", 26))
                    .then().statusCode(200);
        }
        for (DemoOrganisation.Unit unit : organisation.units()) {
            put(unit.supervisorUsername(), month, "/units/" + unit.code() + "/review", Map.of("generalScore", 27))
                    .then().statusCode(200);
        }
    }

    public static Response put(String username, String month, String path, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON).body(body)
                .put("/api/evaluations/" + month + path);
    }
}

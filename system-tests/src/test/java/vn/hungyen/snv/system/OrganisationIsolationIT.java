package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two demo organisations, the Department (SNV) and the town People's Committee of Mỹ Hào (MYHAO), share the
 * running system and never see each other: every single resource of the other is 404 and every list leaves it out
 * (plans, items, units, officers, tasks, facts, ratings, dashboard, exports).
 */
class OrganisationIsolationIT {

    private static final String MONTH = "2024-03";

    @Test
    void eachOrganisationsResourcesAreNotFoundForTheOther() {
        String snvHead = token("head.cchc");
        String snvDirector = token("director");
        String myHaoHead = token("head.nv.myhao");
        String myHaoChair = token("chairman.myhao");
        String myHaoAdmin = token("admin.myhao");
        long snvItem = given().auth().oauth2(snvHead).get(PLAN + "/api/plans/KH-SNV-2024/items/1").then()
                .statusCode(200).extract().jsonPath().getLong("id");
        long myHaoItem = given().auth().oauth2(myHaoHead).get(PLAN + "/api/plans/KH-MYHAO-2025/items/1").then()
                .statusCode(200).extract().jsonPath().getLong("id");
        long snvOfficer = RunningSystem.officerId("officer.cchc.1");
        long myHaoOfficer = given().auth().oauth2(myHaoHead).queryParam("unit", "MH-NV").get(PLAN + "/api/officers")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.username == 'officer.nv.myhao.1' }.id");
        long snvTask = assign(snvHead, "CCHC", snvOfficer);
        long myHaoTask = assign(myHaoHead, "MH-NV", myHaoOfficer);

        for (String[] pair : new String[][] {
                {myHaoHead, "/api/plans/KH-SNV-2024", PLAN}, {myHaoHead, "/api/plan-items/" + snvItem, PLAN},
                {myHaoHead, "/api/plans/KH-SNV-2024/export?format=csv", PLAN},
                {myHaoHead, "/api/officers/" + snvOfficer, PLAN}, {myHaoHead, "/api/tasks/" + snvTask, TASKS},
                {myHaoChair, "/api/facts/tasks/" + snvTask, EVALUATION},
                {myHaoChair, "/api/evaluations/" + MONTH + "/officers/" + snvOfficer, EVALUATION},
                {snvHead, "/api/plans/KH-MYHAO-2025", PLAN}, {snvHead, "/api/plan-items/" + myHaoItem, PLAN},
                {snvHead, "/api/plans/KH-MYHAO-2025/export?format=csv", PLAN},
                {snvHead, "/api/officers/" + myHaoOfficer, PLAN}, {snvHead, "/api/tasks/" + myHaoTask, TASKS},
                {snvDirector, "/api/facts/tasks/" + myHaoTask, EVALUATION},
                {snvDirector, "/api/evaluations/2025-03/officers/" + myHaoOfficer, EVALUATION}}) {
            given().auth().oauth2(pair[0]).get(pair[2] + pair[1]).then().statusCode(404);
        }
        given().auth().oauth2(myHaoAdmin).contentType(ContentType.JSON).body(Map.of("name", "Đổi tên"))
                .put(PLAN + "/api/units/CCHC").then().statusCode(404);
        given().auth().oauth2(myHaoHead).contentType(ContentType.JSON).body(Map.of("verdict", "ACCEPTED"))
                .post(TASKS + "/api/tasks/" + snvTask + "/reviews").then().statusCode(404);

        // Lists hold one's own organisation only.
        assertThat(given().auth().oauth2(myHaoAdmin).get(PLAN + "/api/units").then().statusCode(200).extract()
                .jsonPath().getList("code", String.class)).isNotEmpty().allMatch(code -> code.startsWith("MH-"));
        assertThat(given().auth().oauth2(myHaoAdmin).get(PLAN + "/api/plans").then().statusCode(200).extract()
                .jsonPath().getList("code", String.class)).containsOnly("KH-MYHAO-2025");
        assertThat(given().auth().oauth2(myHaoAdmin).get(TASKS + "/api/tasks?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.unitCode", String.class)).allMatch(u -> u.startsWith("MH-"));
        assertThat(given().auth().oauth2(myHaoChair).get(EVALUATION + "/api/evaluations/" + MONTH + "/units")
                .then().statusCode(200).extract().jsonPath().getList("unitCode", String.class))
                .allMatch(u -> u.startsWith("MH-"));
        assertThat(given().auth().oauth2(myHaoChair).get(EVALUATION + "/api/evaluations/" + MONTH + "/officers")
                .then().statusCode(200).extract().jsonPath().getList("officerId", Long.class))
                .doesNotContain(snvOfficer);
        String dashboard = given().auth().oauth2(myHaoChair).get(EVALUATION + "/api/evaluations/" + MONTH
                + "/dashboard").then().statusCode(200).extract().asString();
        assertThat(dashboard).doesNotContain("\"CCHC\"").doesNotContain("Phòng Cải cách hành chính");
        given().auth().oauth2(snvDirector).get(EVALUATION + "/api/evaluations/" + MONTH + "/units").then()
                .statusCode(200).body("size()", equalTo(9));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(myHaoChair)
                .get(EVALUATION + "/api/facts/tasks/" + myHaoTask).then().statusCode(200));
    }

    private static long assign(String token, String unit, long officer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Rà soát hồ sơ " + unit, "unitCode", unit, "assigneeId", officer,
                        "dueDate", LocalDate.now().plusDays(30).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}

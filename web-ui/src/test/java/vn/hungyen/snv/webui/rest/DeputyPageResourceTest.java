package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Lĩnh vực phụ trách của cấp phó": CCHC's head sees the unit's deputy head and assigns their fields. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class DeputyPageResourceTest {

    private String head;

    @BeforeEach
    void signIn() {
        head = session("head.cchc");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void theHeadSeesTheDeputiesTheirFieldsAndALabelledForm() {
        String page = given().cookie("snv_token", head).get("/deputies")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Lĩnh vực phụ trách của cấp phó — Phòng Cải cách hành chính",
                "<h2>Trần Văn Phó — Phó Trưởng phòng</h2>",
                "Phụ trách từ tháng 2024-03: Cải cách hành chính.",
                "<caption>Lịch sử phân công lĩnh vực của Trần Văn Phó</caption>",
                "<td data-label=\"Đến tháng\">nay</td>",
                "<form method=\"post\" action=\"/deputies/48/fields\">",
                "<legend>Lĩnh vực giao Trần Văn Phó phụ trách</legend>",
                "<label for=\"from-48\">Áp dụng từ tháng</label>");
        assertThat(page).containsPattern("<label class=\"inline\" for=\"field-48-(\\d+)\"><input type=\"checkbox\" "
                + "id=\"field-48-\\1\" name=\"fields\" value=\"Cải cách hành chính\" checked>");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/units/CCHC/deputies | Bearer " + head));
        given().cookie("snv_token", head).get("/unit").then().statusCode(200)
                .body(containsString("<a href=\"/deputies?unit=CCHC\">Lĩnh vực phụ trách của cấp phó</a>"));
    }

    @Test
    void theHeadAssignsFieldsFromAMonthAndIsToldSo() {
        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("unit", "CCHC").formParam("from", "2024-05")
                .formParam("fields", "Cải cách hành chính").formParam("fields", "Văn thư, lưu trữ")
                .post("/deputies/48/fields")
                .then().statusCode(303).header("Location", endsWith("/deputies?unit=CCHC&notice=saved"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("PUT")).singleElement().asString()
                .isEqualTo("PUT /api/units/CCHC/deputies/48/fields | Bearer " + head
                        + " | {\"fields\":[\"Cải cách hành chính\",\"Văn thư, lưu trữ\"],\"from\":\"2024-05\"}");
        given().cookie("snv_token", head).queryParam("notice", "saved").get("/deputies")
                .then().statusCode(200)
                .body(containsString("<p class=\"message ok\" role=\"status\">Đã lưu phân công lĩnh vực.</p>"));
    }

    @Test
    void aRefusalIsShownOnThePage() {
        given().cookie("snv_token", head).formParam("unit", "CCHC").formParam("from", " ")
                .post("/deputies/48/fields")
                .then().statusCode(400)
                .body(containsString("<li>" + FakeServices.DEPUTY_REFUSAL + "</li>"))
                .body(containsString("action=\"/deputies/48/fields\""));
    }

    @Test
    void anOfficerIsSentHome() {
        given().cookie("snv_token", session("officer.cchc.1")).redirects().follow(false).get("/deputies")
                .then().statusCode(303).header("Location", endsWith("/"));
    }
}

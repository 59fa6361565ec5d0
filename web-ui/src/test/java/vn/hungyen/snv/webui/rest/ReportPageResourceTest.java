package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Báo cáo": choose a published plan and a period, download task-service's Word draft, or read its refusal. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ReportPageResourceTest {

    private String director;

    @BeforeEach
    void signIn() {
        director = session("director");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void thePageOffersThePublishedPlansAndThePeriods() {
        String page = given().cookie("snv_token", director).get("/reports").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Báo cáo kết quả thực hiện kế hoạch", "value=\"KH-SNV-2024\"",
                "<option value=\"-H1\" selected>6 tháng đầu năm</option>", "<option value=\"\">Cả năm</option>",
                "<a href=\"/reports\">Báo cáo</a>").doesNotContain("value=\"KH-SNV-2025\"");
    }

    @Test
    void theDownloadIsTaskServicesDocumentForThePlansYearAndPeriod() {
        byte[] file = given().cookie("snv_token", director).queryParam("plan", "KH-SNV-2024").queryParam("period", "-H1")
                .get("/reports/download").then().statusCode(200).contentType(FakeServices.DOCX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-KH-SNV-2024-2024-H1.docx\"")
                .extract().asByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("PK-fake-docx");
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r)
                .startsWith("GET /api/reports/results").contains("period=2024-H1", "Bearer " + director));
    }

    @Test
    void aRefusalIsShownInTaskServicesWords() {
        String page = given().cookie("snv_token", director).queryParam("plan", "KH-SNV-2024")
                .queryParam("period", "-Q3").get("/reports/download").then().statusCode(409).extract().asString();
        assertThat(page).contains(FakeServices.REPORT_REFUSAL);
    }

    @Test
    void anOfficerIsSentHomeAndSeesNoLink() {
        String officer = session("officer.cchc.1");
        given().cookie("snv_token", officer).redirects().follow(false).get("/reports").then().statusCode(303);
        assertThat(given().cookie("snv_token", officer).get("/").then().extract().asString())
                .doesNotContain("href=\"/reports\"");
    }
}

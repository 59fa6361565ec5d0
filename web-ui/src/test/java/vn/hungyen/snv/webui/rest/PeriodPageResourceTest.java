package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.webui.client.EvaluationGateway;

/** "Kết quả quý" / "Kết quả năm": evaluation-service's period rows, the chooser, the XLSX, its refusal. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PeriodPageResourceTest {

    private String officer;

    @BeforeEach
    void signIn() {
        officer = session("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void theQuarterShowsTheServicesRowsWithBothLevelsAndTheReason() {
        String page = given().cookie("snv_token", officer).queryParam("period", "2024-Q1").get("/periods").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<title>Kết quả quý", "Kết quả quý 2024-Q1", "Nguyễn Văn Khánh",
                "Phòng Cải cách hành chính", "Trưởng phòng", "83,83",
                "<td>Hoàn thành xuất sắc nhiệm vụ</td><td>Hoàn thành tốt nhiệm vụ</td>"
                        + "<td>hạ một mức do vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ của nhóm</td>",
                "<option value=\"2024-Q1\" selected>", "<form method=\"get\" action=\"/periods\"",
                "href=\"/periods/export?period=2024-Q1\"", "<a href=\"/periods\">Kết quả quý, năm</a>")
                .doesNotContain("<script>", "style=");
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r)
                .startsWith("GET /api/evaluations/periods/2024-Q1/officers").contains("Bearer " + officer));
    }

    @Test
    void theYearIsTitledAsAYear() {
        String page = given().cookie("snv_token", officer).queryParam("period", "2024").get("/periods").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<title>Kết quả năm", "Kết quả năm 2024", "Nguyễn Văn Khánh");
    }

    @Test
    void aBadPeriodShowsTheServicesMessage() {
        String page = given().cookie("snv_token", officer).queryParam("period", "2024-Q5").get("/periods").then()
                .statusCode(400).extract().asString();
        assertThat(page).contains(FakeServices.PERIOD_REFUSAL).doesNotContain("/periods/export?");
        assertThat(given().cookie("snv_token", officer).queryParam("period", "2024-06").get("/periods/export")
                .then().statusCode(400).contentType("text/html").extract().asString())
                .contains(FakeServices.PERIOD_REFUSAL);
    }

    @Test
    void theDownloadIsTheServicesWorkbook() {
        byte[] file = given().cookie("snv_token", officer).queryParam("period", "2024-Q1").get("/periods/export")
                .then().statusCode(200).contentType(EvaluationGateway.XLSX)
                .header("Content-Disposition", "attachment; filename=\"ket-qua-danh-gia-2024-Q1.xlsx\"")
                .extract().asByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("PK-fake-xlsx");
    }
}

package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** The monthly assessment forms: the month's scope, one file per unit, and bad input. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class AssessmentFormResourceTest {

    private static final DemoOrganisation DEMO = DemoOrganisation.load();
    private static final String MONTH = TaskEvents.unusedYear() + "-03";

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username));
    }

    private static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void anOfficerDownloadsTheirOwnForm() throws IOException {
        DemoOrganisation.Officer officer = DEMO.officer("officer.cchc.1");
        byte[] form = as("officer.cchc.1").when().get("/api/evaluations/{m}/officers/{id}/form", MONTH, officer.id())
                .then().statusCode(200).contentType(AdministrativeDocument.MEDIA_TYPE)
                .header("Content-Disposition", containsString(".docx")).extract().asByteArray();
        try (XWPFDocument document = docx(form)) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("- Họ và tên: " + officer.fullName(), AssessmentForm.RESULT);
        }
    }

    @Test
    void anotherOfficersFormIsNotFoundForAnOfficer() {
        as("officer.cchc.1").when().get("/api/evaluations/{m}/officers/{id}/form", MONTH,
                DEMO.officer("officer.cchc.2").id()).then().statusCode(404).body("code", is("not-found"));
    }

    @Test
    void aHeadDownloadsEveryFormOfTheUnitInOneFile() throws IOException {
        List<DemoOrganisation.Officer> cchc = DEMO.officers().stream().filter(o -> "CCHC".equals(o.unitCode()))
                .toList();
        byte[] forms = as("head.cchc").when().get("/api/evaluations/{m}/units/CCHC/forms", MONTH).then()
                .statusCode(200).contentType(AdministrativeDocument.MEDIA_TYPE).extract().asByteArray();
        try (XWPFDocument document = docx(forms)) {
            assertThat(document.getTables()).filteredOn(t -> t.getText().contains(AdministrativeDocument.MOTTO))
                    .hasSize(cchc.size());
            List<String> text = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            cchc.forEach(o -> assertThat(text).contains("- Họ và tên: " + o.fullName()));
        }
    }

    @Test
    void anotherUnitsFormsAreNotFoundForAHeadAndOfficersMayNotDownloadAUnit() {
        as("head.cchc").when().get("/api/evaluations/{m}/units/VP/forms", MONTH).then().statusCode(404);
        as("officer.cchc.1").when().get("/api/evaluations/{m}/units/CCHC/forms", MONTH).then().statusCode(404);
    }

    @Test
    void anotherFormatOrABadMonthIsA400() {
        long id = DEMO.officer("officer.cchc.1").id();
        as("officer.cchc.1").queryParam("format", "pdf").when().get("/api/evaluations/{m}/officers/{id}/form", MONTH,
                id).then().statusCode(400).body("code", is("unsupported-format"));
        as("officer.cchc.1").when().get("/api/evaluations/2024-13/officers/{id}/form", id).then().statusCode(400)
                .body("code", is("invalid-month"));
    }
}

package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PlanPageResourceTest {

    private String session;

    @BeforeEach
    void signInAsAnOfficer() {
        session = session("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void aPageNumberThatIsNotANumberIsAMessageOnAPage() {
        given().cookie("snv_token", session).get("/plan?page=hai")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Địa chỉ không hợp lệ"))
                .body(containsString("Tham số page phải là một số nguyên, không phải &quot;hai&quot;."))
                .body(containsString("Đăng xuất"));
    }

    @Test
    void theCatalogueIsShownWithDeadlinesInVietnameseDates() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(containsString("Kế hoạch công tác ngành Nội vụ năm 2024"))
                .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                .body(containsString("Quý I/2024"))
                .body(containsString("31/03/2024"))
                .body(containsString("Phối hợp: VP"))
                .body(containsString("Trang 1/2"))
                .body(containsString("href=\"/plan?page=1\""));
    }

    @Test
    void eachItemShowsHowItsTasksStandFromOneProgressRequest() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(containsString("<th scope=\"col\">Tiến độ</th>"))
                .body(containsString("3 nhiệm vụ ·"))
                .body(containsString("<span class=\"badge done\">2 hoàn thành (1 quá hạn)</span>"))
                .body(containsString("<span class=\"badge ok\">1 đang thực hiện</span>"))
                .body(containsString("<span class=\"badge muted\">0 quá hạn</span>"))
                .body(containsString("<span class=\"badge muted\">Chưa giao</span>"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("GET /api/tasks"))
                .singleElement().asString().startsWith("GET /api/tasks/progress?planItemId=7&planItemId=8&planItemId=9&planItemId=10 |");
    }

    @Test
    void aHeadAssignsTheItemsTheirUnitLeadsAndTheDirectorAnyItemFromItsLeadUnitsPage() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200).body(not(containsString("Giao việc")));

        given().cookie("snv_token", session("head.cchc")).get("/plan")
                .then().statusCode(200)
                .body(containsString("<a href=\"/unit?planItemId=7\" aria-label=\"Giao việc mục 87\">Giao việc</a>"))
                .body(containsString("href=\"/unit?planItemId=9\""))
                .body(not(containsString("planItemId=10")));

        given().cookie("snv_token", session("director")).get("/plan")
                .then().statusCode(200)
                .body(containsString("href=\"/unit?unit=CCHC&amp;planItemId=7\""))
                .body(containsString("href=\"/unit?unit=VP&amp;planItemId=10\""));
    }

    @Test
    void aDeputyDirectorAssignsOnlyTheItemsLedByTheUnitsTheySupervise() {
        given().cookie("snv_token", session("deputy1")).get("/plan")
                .then().statusCode(200)
                .body(containsString("<a href=\"/unit?unit=CCHC&amp;planItemId=7\" aria-label=\"Giao việc mục 87\">"))
                .body(containsString("href=\"/unit?unit=VP&amp;planItemId=10\""));

        given().cookie("snv_token", session("deputy3")).get("/plan")
                .then().statusCode(200)
                .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                .body(not(containsString("Giao việc")));
    }

    @Test
    void theCatalogueIsShownWithANoteWhenTaskServiceIsDown() {
        FakeServices.PROGRESS_DOWN.set(true);
        try {
            given().cookie("snv_token", session).get("/plan")
                    .then().statusCode(200)
                    .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                    .body(containsString("Tạm thời chưa xem được tiến độ thực hiện các nhiệm vụ"))
                    .body(not(containsString("Tiến độ</th>")))
                    .body(not(containsString("Chưa giao")));
        } finally {
            FakeServices.PROGRESS_DOWN.set(false);
        }
    }

    @Test
    void theSearchAndUnitFilterGoToPlanService() {
        given().cookie("snv_token", session).queryParam("q", "cai cach").queryParam("leadUnit", "CCHC")
                .queryParam("page", "1").get("/plan")
                .then().statusCode(200)
                .body(containsString("value=\"cai cach\""))
                .body(containsString("<option value=\"CCHC\" selected>"))
                .body(containsString("href=\"/plan?page=0&amp;leadUnit=CCHC&amp;q=cai+cach\""));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/plans/1/items?")
                .contains("leadUnit=CCHC", "q=cai+cach", "page=1", "size=25"));
    }

    @Test
    void theOrganisationsPlansAreListedByYearNewestFirstAndTheNewestPublishedOneIsShown() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(stringContainsInOrder("<h2>Năm 2025</h2>", "Kế hoạch công tác ngành Nội vụ năm 2025",
                        "<span class=\"badge warn\">Dự thảo</span>", "<h2>Năm 2024</h2>",
                        "<a href=\"/plan?plan=KH-SNV-2024\" aria-current=\"page\">", "Đã ban hành",
                        "<h2>Năm 2023</h2>", "Kế hoạch công tác năm 2023 (điều chỉnh)", "KH-SNV-2023, phiên bản 2",
                        "<h2>Kế hoạch công tác ngành Nội vụ năm 2024</h2>"))
                .body(not(containsString(">Kế hoạch công tác năm 2023</a>")))
                .body(containsString("15/KH-SNV ngày 10/01/2024"))
                .body(containsString("Nguyễn Văn Giám"))
                .body(containsString("Bản đầu tiên"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line).startsWith("GET /api/plans/1/items?"));
    }

    @Test
    void aPlanIsChosenByCodeOrIdWithItsVersionsAndWhatChangedInEach() {
        given().cookie("snv_token", session).get("/plan?plan=KH-SNV-2023")
                .then().statusCode(200)
                .body(containsString("<h2>Kế hoạch công tác năm 2023 (điều chỉnh)</h2>"))
                .body(stringContainsInOrder("<a href=\"/plan?plan=3\">1</a>", "09/KH-SNV ngày 12/01/2023",
                        "Đã thay thế", "<a href=\"/plan?plan=4\">2</a>", "77/KH-SNV ngày 01/07/2023", "Trần Thị Phó",
                        "Đã ban hành", "<a href=\"/plan/diff?plan=4\">So với phiên bản 1</a>"))
                .body(containsString("<input type=\"hidden\" name=\"plan\" value=\"KH-SNV-2023\">"))
                .body(containsString("href=\"/plan?page=1&amp;plan=KH-SNV-2023\""));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line).startsWith("GET /api/plans/4/items?"));

        given().cookie("snv_token", session).get("/plan?plan=3")
                .then().statusCode(200).body(containsString("<h2>Kế hoạch công tác năm 2023</h2>"));
        given().cookie("snv_token", session).get("/plan?plan=KH-MYHAO-2025")
                .then().statusCode(404)
                .body(containsString("Không có kế hoạch &quot;KH-MYHAO-2025&quot; trong tổ chức của bạn."))
                .body(containsString("<h2>Năm 2024</h2>"));

        given().cookie("snv_token", session).get("/plan/diff?plan=4")
                .then().statusCode(200)
                .body(containsString("KH-SNV-2023: phiên bản 2 so với phiên bản 1."))
                .body(stringContainsInOrder("Điều chỉnh", "Rà soát thủ tục hành chính", "Thời gian hoàn thành",
                        "<del>Quý II/2023</del> → <ins>Quý III/2023</ins>", "Bổ sung", "Tổ chức hội nghị sơ kết",
                        "Bỏ ra", "Khảo sát mức độ hài lòng"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line).startsWith("GET /api/plans/4/diff |"));
    }

    @Test
    void eachItemShowsItsSourceAndTheQuotedLinesWithHowTheItemRestsOnThem() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(stringContainsInOrder("Nguồn: 004_38b8e90ea4ed07a7.txt:300",
                        "<details><summary>Trích dẫn nguồn</summary><p class=\"meta\">Nguyên văn dòng nguồn</p>"
                                + "<blockquote>Xây dựng Kế hoạch cải cách hành chính năm 2024 của Sở</blockquote>",
                        "Nguồn: 004_38b8e90ea4ed07a7.txt:301-302", "Cụ thể hóa từ chỉ đạo chung",
                        "Tăng cường kiểm tra việc thực hiện nhiệm vụ cải cách hành chính",
                        "Nguồn: 004_38b8e90ea4ed07a7.txt:302"));
    }

    @Test
    void theFieldsOfWorkOfThePlanAreAFilterThatGoesToPlanService() {
        given().cookie("snv_token", session).queryParam("field", "Cải cách hành chính").get("/plan")
                .then().statusCode(200)
                .body(containsString("<label for=\"field\">Lĩnh vực</label>"))
                .body(containsString("<option value=\"Cải cách hành chính\" selected>Cải cách hành chính</option>"))
                .body(containsString("<option value=\"Quản lý, điều hành Sở\" >Quản lý, điều hành Sở</option>"))
                .body(containsString("href=\"/plan?page=1&amp;field=C%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh\""));
        assertThat(FakeServices.RECEIVED).map(line -> URLDecoder.decode(line, StandardCharsets.UTF_8))
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/plans/1/items?field=Cải cách hành chính&"))
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/plans/1/items?page=0&size=200 |"));
    }

    @Test
    void theCatalogueIsDownloadedAsPlanServiceMakesItUnderItsName() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(containsString("<a class=\"button secondary\" href=\"/plan/export?plan=1&amp;format=xlsx\">"
                        + "Tải danh mục (Excel)</a>"))
                .body(containsString("href=\"/plan/export?plan=1&amp;format=csv\">Tải danh mục (CSV)</a>"));
        given().cookie("snv_token", session).get("/plan/export?plan=1&format=csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"KH-SNV-2024-v1.csv\"")
                .body(is("STT,Nội dung\n87,Xây dựng\n"));
        given().cookie("snv_token", session).get("/plan/export?plan=1&format=xlsx")
                .then().statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", endsWith("KH-SNV-2024-v1.xlsx\""));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/plans/1/export?format=csv | Bearer " + session));

        given().cookie("snv_token", session).get("/plan/export?plan=1&format=pdf")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Chọn kế hoạch và định dạng tệp (xlsx hoặc csv) cần tải."));
    }

    @Test
    void onlyTheAdministratorCreatesPlansAndCompletesDraftsAndNobodyAssignsADraftsItems() {
        given().cookie("snv_token", session).get("/plan?plan=2")
                .then().statusCode(200)
                .body(not(containsString("Kế hoạch mới")))
                .body(not(containsString("Hoàn thiện dự thảo")));
        given().cookie("snv_token", session("director")).get("/plan?plan=2")
                .then().statusCode(200).body(not(containsString("Giao việc")));
        given().cookie("snv_token", session).redirects().follow(false).formParam("code", "KH-SNV-2026")
                .formParam("title", "Kế hoạch năm 2026").formParam("year", "2026").post("/plan/new")
                .then().statusCode(303).header("Location", endsWith("/plan"));

        String admin = session("admin");
        given().cookie("snv_token", admin).get("/plan")
                .then().statusCode(200)
                .body(containsString("<h2>Kế hoạch mới</h2>"))
                .body(containsString("<label for=\"new-date\">Ngày văn bản</label>"))
                .body(not(containsString("Hoàn thiện dự thảo")));
        given().cookie("snv_token", admin).get("/plan?plan=2")
                .then().statusCode(200)
                .body(containsString("<h2>Hoàn thiện dự thảo</h2>"))
                .body(containsString("<form method=\"post\" action=\"/plan/2/import/check\" enctype=\"multipart/form-data\">"))
                .body(stringContainsInOrder("<label for=\"copy-from\">Sao chép nhiệm vụ thường xuyên từ kế hoạch…</label>",
                        "<option value=\"1\">Kế hoạch công tác ngành Nội vụ năm 2024 (KH-SNV-2024, phiên bản 1, Đã ban hành)</option>",
                        "<option value=\"4\">"))
                .body(containsString("<form method=\"post\" action=\"/plan/2/publish\">"));
    }

    @Test
    void theAdministratorCreatesADraftPlanAndSeesWhyPlanServiceRefusesOne() {
        String admin = session("admin");
        given().cookie("snv_token", admin).redirects().follow(false).formParam("code", "KH-SNV-2026")
                .formParam("title", "Kế hoạch năm 2026").formParam("year", "2026")
                .formParam("documentNumber", "").formParam("documentDate", "2026-01-05")
                .formParam("signer", "Nguyễn Văn Giám").post("/plan/new")
                .then().statusCode(303).header("Location", endsWith("/plan?plan=5&notice=plan-created"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST /api/plans |")).singleElement()
                .asString().endsWith("| {\"code\":\"KH-SNV-2026\",\"title\":\"Kế hoạch năm 2026\",\"year\":2026,"
                        + "\"documentDate\":\"2026-01-05\",\"signer\":\"Nguyễn Văn Giám\"}");

        given().cookie("snv_token", admin).formParam("code", "KH-SNV-2024").formParam("title", "Trùng mã")
                .formParam("year", "2024").post("/plan/new")
                .then().statusCode(409).body(containsString(FakeServices.PLAN_EXISTS));
        given().cookie("snv_token", admin).formParam("code", "KH-SNV-2027").formParam("title", "Năm sai")
                .formParam("year", "hai nghìn").post("/plan/new")
                .then().statusCode(400).body(containsString("Năm của kế hoạch phải là một số, ví dụ 2025."));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST /api/plans |")).hasSize(2);
    }

    @Test
    void aCatalogueFileIsCheckedFirstAndImportedAsItWasChecked() {
        String admin = session("admin");
        given().cookie("snv_token", admin).multiPart("file", "danh-muc.csv",
                        "STT,Nội dung\n1,Việc thiếu đơn vị\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/plan/2/import/check")
                .then().statusCode(200)
                .body(stringContainsInOrder("3 dòng, 2 dòng hợp lệ, 1 lỗi", "Các dòng có lỗi", "<td data-label=\"Dòng\">3</td>",
                        "Đơn vị chủ trì", "Thiếu đơn vị chủ trì."))
                .body(containsString("Sửa các dòng có lỗi rồi kiểm tra lại tệp"))
                .body(not(containsString("action=\"/plan/2/import\"")));

        String file = "STT,Nội dung,Đơn vị chủ trì\n1,Xây dựng kế hoạch,CCHC\n";
        String encoded = Base64.getEncoder().encodeToString(file.getBytes(StandardCharsets.UTF_8));
        given().cookie("snv_token", admin).multiPart("file", "danh-muc.csv", file.getBytes(StandardCharsets.UTF_8),
                        "text/csv").post("/plan/2/import/check")
                .then().statusCode(200)
                .body(stringContainsInOrder("2 thay đổi so với danh mục hiện có", "Bổ sung",
                        "Xây dựng kế hoạch cải cách hành chính năm 2025", "<form method=\"post\" action=\"/plan/2/import\">",
                        "<input type=\"hidden\" name=\"file\" value=\"" + encoded + "\">",
                        "Nạp danh mục vào dự thảo"));
        given().cookie("snv_token", admin).redirects().follow(false).formParam("file", encoded).post("/plan/2/import")
                .then().statusCode(303).header("Location", endsWith("/plan?plan=2&notice=catalogue-imported"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST /api/plans/2/import"))
                .extracting(line -> line.substring(0, line.indexOf(" |")) + line.substring(line.lastIndexOf("| ")))
                .containsExactly("POST /api/plans/2/import?dryRun=true| STT,Nội dung\n1,Việc thiếu đơn vị\n",
                        "POST /api/plans/2/import?dryRun=true| " + file, "POST /api/plans/2/import?dryRun=false| " + file);

        given().cookie("snv_token", admin).get("/plan?plan=2&notice=catalogue-imported")
                .then().statusCode(200).body(containsString("Đã nạp danh mục nhiệm vụ vào dự thảo."));
        given().cookie("snv_token", admin).multiPart("file", "trong.csv", new byte[0], "text/csv")
                .post("/plan/2/import/check")
                .then().statusCode(400).body(containsString("Chọn tệp danh mục (CSV hoặc XLSX) cần kiểm tra."));
    }

    @Test
    void theAdministratorCopiesRecurringItemsAndPublishesAndSeesWhyPublicationIsRefused() {
        String admin = session("admin");
        given().cookie("snv_token", admin).formParam("fromPlanId", "1").post("/plan/2/copy-recurring")
                .then().statusCode(200)
                .body(containsString("Đã sao chép 3 nhiệm vụ thường xuyên vào dự thảo."));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/plans/2/copy-recurring |").endsWith("| {\"fromPlanId\":\"1\"}"));

        given().cookie("snv_token", admin).post("/plan/2/publish")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString(FakeServices.PUBLISH_PLAN_REFUSAL))
                .body(containsString("<h2>Hoàn thiện dự thảo</h2>"));
        given().cookie("snv_token", admin).redirects().follow(false).post("/plan/5/publish")
                .then().statusCode(303).header("Location", endsWith("/plan?plan=5&notice=plan-published"));
    }
}

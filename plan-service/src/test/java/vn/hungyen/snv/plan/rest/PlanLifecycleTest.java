package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

@QuarkusTest
class PlanLifecycleTest {

    @Test
    void aDraftIsCreatedFilledWithTheRecurringItemsCheckedAndPublished() {
        int planId = as("admin").body("{\"code\": \"KH-SNV-2025\", \"title\": \"Kế hoạch công tác năm 2025\", "
                        + "\"year\": 2025, \"organisation\": \"SNV\", \"documentNumber\": \"12/KH-SNV\", "
                        + "\"documentDate\": \"2025-01-10\", \"signer\": \"Phan Thị Thủy\"}")
                .when().post("/api/plans")
                .then().statusCode(201)
                .body("status", is("DRAFT")).body("version", is(1)).body("organisationCode", is("SNV"))
                .body("organization", is("Sở Nội vụ tỉnh Hưng Yên")).body("itemCount", is(0))
                .body("documentNumber", is("12/KH-SNV"))
                .extract().path("id");

        as("admin").when().post("/api/plans/KH-SNV-2025/publish")
                .then().statusCode(409).body("code", is("plan-empty"));

        long recurring = recurringItemsOf2024();
        as("admin").body("{\"fromPlanId\": \"KH-SNV-2024\"}").when().post("/api/plans/{id}/copy-recurring", planId)
                .then().statusCode(200).body("copied", is((int) recurring)).body("planId", is(planId));
        List<Map<String, Object>> items = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .queryParam("size", 200).when().get("/api/plans/KH-SNV-2025/items")
                .then().statusCode(200)
                .body("items.planStatus", everyItem(is("DRAFT"))).body("items.planYear", everyItem(is(2025)))
                .body("items.deadline.kind", everyItem(isOneOf("REGULAR", "MONTHLY_DAY")))
                .extract().jsonPath().getList("items");
        assertThat(items).extracting(i -> i.get("number"))
                .isEqualTo(IntStream.rangeClosed(1, (int) recurring).boxed().toList());

        String bad = new String(export("KH-SNV-2025"), StandardCharsets.UTF_8).replace(",CCHC,", ",KHONG-CO,");
        as("admin").contentType("text/csv").body(bad.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/plans/KH-SNV-2025/import?dryRun=true")
                .then().statusCode(200).body("problemCount", greaterThan(0));
        as("admin").when().post("/api/plans/KH-SNV-2025/publish")
                .then().statusCode(422).body("code", is("plan-check-failed"));

        as("admin").contentType("text/csv").body(export("KH-SNV-2025"))
                .when().post("/api/plans/KH-SNV-2025/import?dryRun=true")
                .then().statusCode(200).body("problemCount", is(0));
        as("admin").when().post("/api/plans/KH-SNV-2025/publish")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("itemCount", is((int) recurring));
        as("admin").when().post("/api/plans/KH-SNV-2025/publish")
                .then().statusCode(409).body("code", is("plan-not-draft"));
        as("admin").body("{\"fromPlanId\": \"KH-SNV-2024\"}").when().post("/api/plans/KH-SNV-2025/copy-recurring")
                .then().statusCode(409).body("code", is("plan-not-draft"));
    }

    @Test
    void aNewPlanIsChecked() {
        as("admin").body("{\"code\": \"KH-SNV-2024\", \"title\": \"Trùng\", \"year\": 2024}").when().post("/api/plans")
                .then().statusCode(409).body("code", is("plan-exists"));
        as("admin").body("{\"code\": \"KH-1999\", \"title\": \"Quá sớm\", \"year\": 1999}").when().post("/api/plans")
                .then().statusCode(400).body("detail", is("Năm của kế hoạch phải trong khoảng 2000–2100."));
        as("admin").body("{\"code\": \"KH-KHAC\", \"title\": \"Của Mỹ Hào\", \"year\": 2025, "
                        + "\"organisation\": \"MYHAO\"}")
                .when().post("/api/plans")
                .then().statusCode(400).body("detail", startsWith("Chỉ tạo được kế hoạch của tổ chức mình"));
        as("admin").body("{\"code\": \"2025\", \"title\": \"Mã là số\", \"year\": 2025}").when().post("/api/plans")
                .then().statusCode(400).body("violations[0].field", is("code"));
        as("head.vp").body("{\"code\": \"KH-HEAD\", \"title\": \"Không quyền\", \"year\": 2025}")
                .when().post("/api/plans").then().statusCode(403);
    }

    @Test
    void recurringItemsAreCopiedOnlyFromAPlanOfTheSameOrganisation() {
        as("admin.myhao").body("{\"code\": \"KH-MYHAO-2026\", \"title\": \"Kế hoạch năm 2026\", \"year\": 2026}")
                .when().post("/api/plans").then().statusCode(201).body("organisationCode", is("MYHAO"));
        as("admin.myhao").body("{\"fromPlanId\": \"KH-SNV-2024\"}")
                .when().post("/api/plans/KH-MYHAO-2026/copy-recurring")
                .then().statusCode(404);
        as("admin").body("{\"fromPlanId\": \"KH-SNV-2024\"}")
                .when().post("/api/plans/KH-MYHAO-2026/copy-recurring")
                .then().statusCode(404);
    }

    @Test
    void itemsCarryTheirPlansStatusAndYearAndTheExportItsProvenanceColumns() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plans/KH-SNV-2024/items/1")
                .then().statusCode(200).body("planStatus", is("PUBLISHED")).body("planYear", is(2024));
        String header = new String(export("KH-SNV-2024"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(header).endsWith(",Nguồn,Trích dẫn nguồn,Căn cứ");
    }

    @Test
    void myHaosPlanOf2025IsLoadedForMyHaoOnly() {
        given().header("Authorization", TestTokens.bearer("officer.nv.myhao.1"))
                .when().get("/api/plans/KH-MYHAO-2025")
                .then().statusCode(200)
                .body("organisationCode", is("MYHAO")).body("status", is("PUBLISHED")).body("year", is(2025))
                .body("title", is("Kế hoạch thực hiện chủ đề năm 2025 của UBND thị xã Mỹ Hào"))
                .body("organization", is("Ủy ban nhân dân thị xã Mỹ Hào"));
        given().header("Authorization", TestTokens.bearer("officer.nv.myhao.1"))
                .when().get("/api/plans/KH-MYHAO-2025/items")
                .then().statusCode(200).body("total", greaterThan(0));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plans/KH-MYHAO-2025").then().statusCode(404);
    }

    private static long recurringItemsOf2024() {
        List<String> kinds = given().header("Authorization", TestTokens.bearer("admin")).queryParam("size", 200)
                .when().get("/api/plans/KH-SNV-2024/items").then().statusCode(200)
                .extract().jsonPath().getList("items.deadline.kind");
        long count = kinds.stream().filter(k -> k.equals("REGULAR") || k.equals("MONTHLY_DAY")).count();
        assertThat(count).isPositive();
        return count;
    }

    private static byte[] export(String plan) {
        return given().header("Authorization", TestTokens.bearer("admin")).queryParam("format", "csv")
                .when().get("/api/plans/{plan}/export", plan).then().statusCode(200).extract().asByteArray();
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}

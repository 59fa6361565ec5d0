package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.plan.domain.SearchText;

@QuarkusTest
class PlanResourceTest {

    private static final String PLAN = "KH-SNV-2024";

    @Test
    void plansNeedAToken() {
        given().when().get("/api/plans").then().statusCode(401);
    }

    @Test
    void everyRoleSeesTheDepartmentsPlanWith196Items() {
        for (String user : List.of("officer.cchc.1", "head.vp", "deputy1", "director", "admin")) {
            given().header("Authorization", TestTokens.bearer(user))
                    .when().get("/api/plans")
                    .then().statusCode(200)
                    .body("find { it.code == 'KH-SNV-2024' && it.status == 'PUBLISHED' }.itemCount", is(196))
                    .body("find { it.code == 'KH-SNV-2024' }.title", is("Kế hoạch công tác ngành Nội vụ năm 2024"))
                    .body("find { it.code == 'KH-SNV-2024' }.organization", is("Sở Nội vụ tỉnh Hưng Yên"))
                    .body("find { it.code == 'KH-SNV-2024' }.year", is(2024));
        }
    }

    @Test
    void anItemHasItsDeadlineDueDateAndSource() {
        JsonPath item = given().header("Authorization", TestTokens.bearer("officer.vp.1"))
                .when().get("/api/plans/{plan}/items/1", PLAN)
                .then().statusCode(200)
                .body("number", is(1))
                .body("field", is("Tổ chức bộ máy, biên chế, vị trí việc làm"))
                .body("leadUnit", is("TCBC"))
                .body("supervisor", is("deputy2"))
                .body("deadline.kind", is("YEAR"))
                .body("deadline.text", is("Năm 2024"))
                .body("deadline.dueDate", is("2024-12-31"))
                .body("product", is("Quyết định"))
                .body("source", is("004_38b8e90ea4ed07a7.txt:382-386"))
                .body("sourceRef.firstLine", is(382))
                .extract().jsonPath();

        given().header("Authorization", TestTokens.bearer("officer.vp.1"))
                .when().get("/api/plans/{plan}/items/1", item.getLong("planId"))
                .then().statusCode(200).body("id", is(item.getInt("id")));
    }

    @Test
    void anItemReadsTheSameByIdAsByNumber() {
        String byNumber = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plans/{plan}/items/19", PLAN)
                .then().statusCode(200).extract().asString();
        long id = JsonPath.from(byNumber).getLong("id");
        String byId = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plan-items/{id}", id)
                .then().statusCode(200)
                .body("number", is(19))
                .body("deadline.kind", is("REGULAR"))
                .body("coordinatingUnits", is(List.of("CBCC")))
                .extract().asString();
        assertThat(JsonPath.from(byId).getMap("")).isEqualTo(JsonPath.from(byNumber).getMap(""));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plan-items/999999999")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        given().when().get("/api/plan-items/{id}", id).then().statusCode(401);
    }

    @Test
    void targetsAreReadAsNumberAndUnit() {
        Map<String, Object> withTarget = items("q", "trang").stream()
                .filter(i -> "120.000 trang".equals(i.get("target"))).findFirst().orElseThrow();

        assertThat(withTarget.get("targetValue")).isEqualTo(120000);
        assertThat(items("q", "lượt người").stream().filter(i -> "19.121 lượt người".equals(i.get("target")))
                .map(i -> i.get("targetValue")).toList()).containsExactly(19121);
        assertThat(withTarget.get("targetUnit")).isEqualTo("trang");
    }

    @Test
    void itemsFilterByLeadUnitInNumberOrderAcrossPages() {
        JsonPath first = given().header("Authorization", TestTokens.bearer("head.cchc"))
                .queryParam("leadUnit", "CCHC").queryParam("size", 5)
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(200)
                .body("items.leadUnit", everyItem(is("CCHC")))
                .body("total", greaterThan(5))
                .extract().jsonPath();
        List<Integer> numbers = first.getList("items.number", Integer.class);
        List<Integer> next = given().header("Authorization", TestTokens.bearer("head.cchc"))
                .queryParam("leadUnit", "CCHC").queryParam("size", 5).queryParam("page", 1)
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(200).extract().jsonPath().getList("items.number", Integer.class);

        assertThat(numbers).hasSize(5).isSorted();
        assertThat(next).isNotEmpty().isSorted();
        assertThat(next.get(0)).isGreaterThan(numbers.get(4));
    }

    @Test
    void aPageThatIsNotANumberIsA400ThatNamesIt() {
        given().header("Authorization", TestTokens.bearer("head.cchc")).queryParam("page", "hai")
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(400)
                .body("code", is("invalid-parameter"))
                .body("detail", is("Tham số page phải là một số nguyên, không phải \"hai\"."));
    }

    @Test
    void searchMatchesWithOrWithoutDiacritics() {
        List<Map<String, Object>> plain = items("q", "cai cach");
        List<Map<String, Object>> accented = items("q", "Cải Cách");

        assertThat(plain).isNotEmpty();
        assertThat(plain).extracting(i -> i.get("number")).isEqualTo(accented.stream().map(i -> i.get("number"))
                .toList());
        assertThat(plain).allSatisfy(i -> assertThat(SearchText.fold((String) i.get("content"))).contains("cai cach"));
    }

    @Test
    void filtersCombineFieldSupervisorAndDeadlineKind() {
        List<Map<String, Object>> items = items("field", "Cải cách hành chính", "supervisor", "deputy1",
                "deadlineKind", "regular");

        assertThat(items).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("field")).isEqualTo("Cải cách hành chính");
            assertThat(i.get("supervisor")).isEqualTo("deputy1");
            assertThat(((Map<?, ?>) i.get("deadline")).get("kind")).isEqualTo("REGULAR");
        });
    }

    @Test
    void dueMonthGivesTheItemsDueThatMonthAndTheRecurringOnes() {
        List<Map<String, Object>> items = items("dueMonth", "2024-03");

        assertThat(items.stream().map(i -> String.valueOf(((Map<?, ?>) i.get("deadline")).get("kind"))).toList())
                .contains("QUARTER", "REGULAR");
        assertThat(items).allSatisfy(i -> {
            Map<?, ?> deadline = (Map<?, ?>) i.get("deadline");
            if (!(Boolean) deadline.get("recurring")) {
                LocalDate due = LocalDate.parse((String) deadline.get("dueDate"));
                assertThat(due).isBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
            }
        });
    }

    @Test
    void badParametersAndUnknownPlansOrItemsAreProblems() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .queryParam("deadlineKind", "SOON").queryParam("dueMonth", "3/2024")
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(400).contentType("application/problem+json").body("code", is("invalid-parameter"));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .queryParam("dueMonth", "3/2024")
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(400).body("detail", is("dueMonth \"3/2024\" phải là một tháng dạng yyyy-MM từ 2000-01 đến 2100-12, "
                        + "ví dụ 2024-03."));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .queryParam("size", 1000)
                .when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(400).body("code", is("validation"));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plans/KH-KHONG-CO/items")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/plans/{plan}/items/197", PLAN)
                .then().statusCode(404).body("detail", is("Không tìm thấy nhiệm vụ số 197 trong kế hoạch "
                        + "KH-SNV-2024 (phiên bản " + currentVersion() + ")."));
    }

    @Test
    void oneOfficerById() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/officers/1")
                .then().statusCode(200).body("username", is("director")).body("unitCode", nullValue());
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/officers/999999")
                .then().statusCode(404).body("code", is("not-found"));
    }

    @Test
    void theOpenApiSaysEveryRoleReadsTheCatalogue() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("tags.name", hasItem("Kế hoạch"))
                .body("paths.'/api/plans/{planId}/items'.get.summary", is("Catalogue items, filtered and paged, "
                        + "ordered by number"));
    }

    private static int currentVersion() {
        return given().header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/plans/{plan}", PLAN).then().statusCode(200).extract().path("version");
    }

    private static List<Map<String, Object>> items(Object... query) {
        var request = given().header("Authorization", TestTokens.bearer("officer.cchc.1")).queryParam("size", 200);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/plans/{plan}/items", PLAN)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}

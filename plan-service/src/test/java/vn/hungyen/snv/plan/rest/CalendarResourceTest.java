package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.VietnamHolidays;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.common.testing.TestTokens;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void theBundledCalendarIsSeededAndReadableWithoutAToken() {
        long bundled2026 = VietnamHolidays.load().stream().filter(e -> e.date().getYear() == 2026).count();
        given().when().get("/api/calendar")
                .then().statusCode(200)
                .body("years.year", hasItem(2024)).body("years.year", hasItem(2027))
                .body("years.find { it.year == 2026 }.entries", is((int) bundled2026));
        given().when().get("/api/calendar/2026")
                .then().statusCode(200).body("year", is(2026))
                .body("entries.size()", is((int) bundled2026))
                .body("entries[0].date", is("2026-01-01")).body("entries[0].type", is("HOLIDAY"))
                .body("entries[0].name", is("Tết Dương lịch"))
                .body("entries.find { it.date == '2026-01-10' }.type", is("WORKDAY"));
        given().when().get("/api/calendar/2040").then().statusCode(200).body("entries", empty());
    }

    @Test
    void theCurrentAndNextYearAreFlaggedUntilTheyAreEntered() {
        PinnedClock.at("2028-03-01T03:00:00Z");
        given().when().get("/api/calendar").then().statusCode(200).body("missingYears", contains(2028, 2029));

        as("sysadmin").body("{\"entries\": [{\"date\": \"2029-01-01\", \"type\": \"HOLIDAY\", \"name\": "
                        + "\"Tết Dương lịch\"}]}")
                .when().put("/api/calendar/2029").then().statusCode(200);
        given().when().get("/api/calendar").then().statusCode(200).body("missingYears", contains(2028))
                .body("years.find { it.year == 2029 }.entries", is(1));
    }

    @Test
    void anAdministratorReplacesAYearAsAWhole() {
        as("admin").body("{\"entries\": [{\"date\": \"2031-01-01\", \"type\": \"HOLIDAY\", \"name\": \"Tết Dương lịch\"},"
                        + "{\"date\": \"2031-09-02\", \"type\": \"HOLIDAY\", \"name\": \"Quốc khánh\"}]}")
                .when().put("/api/calendar/2031").then().statusCode(200);
        as("admin.myhao").body("{\"entries\": [{\"date\": \"2031-09-02\", \"type\": \"HOLIDAY\", \"name\": "
                        + "\"Quốc khánh\"}, {\"date\": \"2031-08-30\", \"type\": \"WORKDAY\", \"name\": \"Làm bù\"},"
                        + "{\"date\": \"2031-09-01\", \"type\": \"HOLIDAY\", \"name\": \"Nghỉ hoán đổi\"}]}")
                .when().put("/api/calendar/2031")
                .then().statusCode(200).body("year", is(2031))
                .body("entries.date", contains("2031-08-30", "2031-09-01", "2031-09-02"));

        given().when().get("/api/calendar/2031").then().statusCode(200)
                .body("entries.date", contains("2031-08-30", "2031-09-01", "2031-09-02"))
                .body("entries[0].type", is("WORKDAY")).body("entries[0].name", is("Làm bù"));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        String body = "{\"entries\": []}";
        given().contentType("application/json").body(body).when().put("/api/calendar/2032").then().statusCode(401);
        as("director").body(body).when().put("/api/calendar/2032").then().statusCode(403);
        as("officer.vp.1").body(body).when().put("/api/calendar/2032").then().statusCode(403);
    }

    @Test
    void aWrongRowIsNamedAndNothingIsWritten() {
        int bundled2026 = (int) VietnamHolidays.load().stream().filter(e -> e.date().getYear() == 2026).count();

        refused("{\"date\": \"2026-01-01\", \"type\": \"HOLIDAY\", \"name\": \"Tết Dương lịch\"},"
                + "{\"date\": \"2026-09-07\", \"type\": \"WORKDAY\", \"name\": \"Làm bù\"}",
                "entries[1].type", "Dòng 2 (2026-09-07): ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        refused("{\"date\": \"2026-01-01\", \"type\": \"HOLIDAY\", \"name\": \"Tết Dương lịch\"},"
                + "{\"date\": \"2026-01-01\", \"type\": \"HOLIDAY\", \"name\": \"Tết\"}",
                "entries[1].date", "Dòng 2: ngày 2026-01-01 đã có ở dòng 1; mỗi ngày chỉ ghi một lần.");
        refused("{\"date\": \"2027-01-01\", \"type\": \"HOLIDAY\", \"name\": \"Tết Dương lịch\"}",
                "entries[0].date", "Dòng 1: ngày 2027-01-01 không thuộc năm 2026.");
        refused("{\"date\": \"01/05/2026\", \"type\": \"HOLIDAY\", \"name\": \"Quốc tế Lao động\"}",
                "entries[0].date", "Dòng 1: ngày \"01/05/2026\" không đúng dạng YYYY-MM-DD.");
        refused("{\"date\": \"2026-05-01\", \"type\": \"NGHI\", \"name\": \"Quốc tế Lao động\"}",
                "entries[0].type", "Dòng 1 (2026-05-01): loại \"NGHI\" phải là HOLIDAY (ngày nghỉ) hoặc WORKDAY "
                        + "(ngày làm bù).");
        refused("{\"date\": \"2026-05-01\", \"type\": \"HOLIDAY\", \"name\": \" \"}",
                "entries[0].name", "Dòng 1 (2026-05-01): cần ghi tên ngày, ví dụ \"Tết Dương lịch\".");

        given().when().get("/api/calendar/2026").then().statusCode(200).body("entries.size()", is(bundled2026))
                .body("entries.find { it.date == '2026-01-10' }.type", is("WORKDAY"));
    }

    private static void refused(String rows, String field, String detail) {
        as("admin").body("{\"entries\": [" + rows + "]}").when().put("/api/calendar/2026")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", is(detail)).body("violations[0].field", is(field));
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}

package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AdminPageResourceTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile(
            "<code class=\"one-time-password\">([^<]+)</code>");

    private String admin;

    @BeforeEach
    void signIn() {
        admin = session("admin");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void anAdministratorsHomePageLinksToTheApiDocumentation() {
        given().cookie("snv_token", admin).get("/").then().statusCode(200)
                .body(containsString("<h2>Tài liệu API</h2>"))
                .body(containsString("/q/swagger-ui"));
    }

    @Test
    void anAdministratorSeesTheUnitsOfficersAndAccountsWithTheMenuItem() {
        given().cookie("snv_token", admin).get("/admin")
                .then().statusCode(200)
                .body(containsString("<a href=\"/admin\">Quản trị</a>"))
                .body(containsString("<a href=\"/password\">Đổi mật khẩu</a>"))
                .body(containsString("Phòng Cải cách hành chính"))
                .body(containsString("Mai Minh Khánh"))
                .body(containsString("officer.cchc.1 (officer)"))
                .body(containsString("<label for=\"account-username\">Tên đăng nhập</label>"))
                .body(containsString("<label for=\"officer-name\">Họ và tên</label>"));
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith("GET /api/units | Bearer " + admin));
    }

    @Test
    void otherPeopleAreSentHomeAndSeeNoMenuItem() {
        String head = session("head.cchc");
        given().cookie("snv_token", head).redirects().follow(false).get("/admin")
                .then().statusCode(303).header("Location", endsWith("/"));
        given().cookie("snv_token", head).redirects().follow(false).formParam("officerId", "301")
                .formParam("username", "tu.cap").formParam("role", "admin").post("/admin/accounts")
                .then().statusCode(303);
        given().cookie("snv_token", head).get("/").then().statusCode(200)
                .body(not(containsString("href=\"/admin\"")));
        assertThat(AccountResourceTest.account("tu.cap")).isNull();
    }

    @Test
    void anAdministratorAddsAnOfficerInPlanService() {
        given().cookie("snv_token", admin).redirects().follow(false)
                .formParam("fullName", "Lê Văn Tuyển").formParam("unitCode", "CCHC")
                .formParam("position", "Chuyên viên").formParam("role", "officer")
                .post("/admin/officers")
                .then().statusCode(303).header("Location", endsWith("/admin?notice=officer-created"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/officers | Bearer " + admin)
                .contains("\"fullName\":\"Lê Văn Tuyển\"", "\"unitCode\":\"CCHC\"", "\"position\":\"Chuyên viên\"",
                        "\"role\":\"officer\""));
        given().cookie("snv_token", admin).formParam("fullName", " ").post("/admin/officers")
                .then().statusCode(400).body(containsString("Nhập họ tên, chọn đơn vị và nhập chức vụ của cán bộ."));
    }

    @Test
    void anAccountCreatedOnThePageShowsItsOneTimePasswordOnce() {
        String page = given().cookie("snv_token", admin).formParam("officerId", "301")
                .formParam("username", "tran.van.bo.sung").formParam("role", "officer").post("/admin/accounts")
                .then().statusCode(201).body(containsString("Đã tạo tài khoản tran.van.bo.sung."))
                .extract().asString();
        String password = oneTimePassword(page);
        assertThat(BcryptUtil.matches(password, AccountResourceTest.account("tran.van.bo.sung").passwordHash))
                .isTrue();
        given().cookie("snv_token", admin).get("/admin").then().statusCode(200)
                .body(not(containsString(password)));

        given().cookie("snv_token", admin).formParam("officerId", "201").formParam("username", "ngoai.to.chuc")
                .formParam("role", "officer").post("/admin/accounts")
                .then().statusCode(400).body(containsString("Cán bộ không thuộc tổ chức của bạn."));
    }

    @Test
    void disablingAnAccountEndsItsPageSessionAndResettingGivesAOneTimePassword() {
        String officer = session("officer.cchc.4");
        given().cookie("snv_token", officer).get("/").then().statusCode(200);

        given().cookie("snv_token", admin).redirects().follow(false).formParam("enabled", "false")
                .post("/admin/accounts/officer.cchc.4/enabled")
                .then().statusCode(303).header("Location", endsWith("/admin?notice=account-disabled"));
        given().cookie("snv_token", officer).redirects().follow(false).get("/tasks")
                .then().statusCode(303).header("Location", endsWith("/login"))
                .header("Set-Cookie", containsString("Max-Age=0"));

        given().cookie("snv_token", admin).redirects().follow(false).formParam("enabled", "true")
                .post("/admin/accounts/officer.cchc.4/enabled").then().statusCode(303);
        String page = given().cookie("snv_token", admin).post("/admin/accounts/officer.cchc.4/reset-password")
                .then().statusCode(200).body(containsString("Đã cấp mật khẩu một lần mới cho officer.cchc.4."))
                .extract().asString();
        assertThat(AccountResourceTest.account("officer.cchc.4").mustChangePassword).isTrue();
        assertThat(BcryptUtil.matches(oneTimePassword(page), AccountResourceTest.account("officer.cchc.4")
                .passwordHash)).isTrue();
    }

    @Test
    void theCalendarSectionListsTheYearsFlagsAMissingOneAndOpensAYearForEditing() {
        given().cookie("snv_token", admin).get("/admin")
                .then().statusCode(200)
                .body(containsString("<h2>Lịch làm việc</h2>"))
                .body(containsString("Chưa nhập lịch làm việc năm 2027: năm chưa có lịch chỉ tính nghỉ thứ Bảy, "
                        + "Chủ nhật."))
                .body(containsString("<a href=\"/admin?calendarYear=2026#calendar\">Sửa lịch năm 2026</a>"))
                .body(containsString("name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" value=\"2027\""));
        given().cookie("snv_token", admin).get("/admin?calendarYear=2026")
                .then().statusCode(200)
                .body(containsString("value=\"2026\""))
                .body(containsString(">2026-01-01,HOLIDAY,Tết Dương lịch\n2026-01-10,WORKDAY,Làm bù</textarea>"));
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith("GET /api/calendar/2026 | Bearer " + admin));
    }

    @Test
    void anAdministratorReplacesAYearOfTheCalendarAndSeesARefusalWithTheirLinesKept() {
        given().cookie("snv_token", admin).redirects().follow(false).formParam("year", "2027")
                .formParam("lines", "2027-01-01,HOLIDAY,Tết Dương lịch\n\n2027-01-02 , WORKDAY , Làm bù, thứ Bảy\n")
                .post("/admin/calendar")
                .then().statusCode(303).header("Location", endsWith("/admin?notice=calendar-saved&calendarYear=2027"
                        + "#calendar"));
        assertThat(FakeServices.RECEIVED).contains("PUT /api/calendar/2027 | Bearer " + admin + " | {\"entries\":["
                + "{\"date\":\"2027-01-01\",\"type\":\"HOLIDAY\",\"name\":\"Tết Dương lịch\"},"
                + "{\"date\":\"2027-01-02\",\"type\":\"WORKDAY\",\"name\":\"Làm bù, thứ Bảy\"}]}");

        given().cookie("snv_token", admin).formParam("year", "2027")
                .formParam("lines", "2027-01-01,HOLIDAY,Tết Dương lịch\n2027-09-07,WORKDAY,Làm bù")
                .post("/admin/calendar")
                .then().statusCode(400)
                .body(containsString(FakeServices.CALENDAR_REFUSAL))
                .body(containsString(">2027-01-01,HOLIDAY,Tết Dương lịch\n2027-09-07,WORKDAY,Làm bù</textarea>"));
    }

    private static String oneTimePassword(String page) {
        Matcher matcher = ONE_TIME_PASSWORD.matcher(page);
        assertThat(matcher.find()).as("the page shows the one-time password").isTrue();
        return matcher.group(1);
    }
}

package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;

/**
 * The directory's version ({@code GET /api/directory/version}) changes with every committed change of what
 * evaluation-service reads as a month's directory, whoever makes it, and only then: evaluation-service keeps a
 * directory read under a version until it changes.
 */
@QuarkusTest
class DirectoryVersionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyChangeOfTheDirectoryGivesANewVersionAndAReadNone() {
        long start = version();
        given().header("Authorization", TestTokens.bearer("director")).get("/api/officers").then().statusCode(200);
        assertThat(version()).as("a read changes nothing").isEqualTo(start);

        int id = as("admin").body("{\"fullName\": \"Đỗ Văn Phiên Bản\", \"unitCode\": \"VP\", \"position\": "
                        + "\"Chuyên viên\", \"joinedOn\": \"2025-01-01\"}")
                .post("/api/officers").then().statusCode(201).extract().path("id");
        long created = version();
        assertThat(created).as("a new officer").isGreaterThan(start);

        as("admin").body("{\"unitCode\": \"CCHC\", \"effectiveFrom\": \"2025-03-01\"}")
                .put("/api/officers/{id}", id).then().statusCode(200);
        long moved = version();
        assertThat(moved).as("a move").isGreaterThan(created);

        as("admin").body("{\"kind\": \"SICK\", \"from\": \"2025-04-01\", \"to\": \"2025-04-03\"}")
                .post("/api/officers/{id}/leaves", id).then().statusCode(201);
        long onLeave = version();
        assertThat(onLeave).as("a leave").isGreaterThan(moved);

        as("admin").body("{\"unitCode\": \"TCBC\", \"effectiveFrom\": \"2025-02-01\"}")
                .put("/api/officers/{id}", id).then().statusCode(400);
        assertThat(version()).as("a refused change writes nothing").isEqualTo(onLeave);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update unit set name = name where code = 'VP'").executeUpdate());
        assertThat(version()).as("a change made in SQL").isGreaterThan(onLeave);
    }

    @Test
    void theServiceIdentityReadsItsOrganisationsVersion() {
        given().header("Authorization", TestTokens.bearer(TestTokens.SERVICE)).get("/api/directory/version")
                .then().statusCode(200).body("organisationCode", is(DemoOrganisation.DEPARTMENT));
        given().get("/api/directory/version").then().statusCode(401);
    }

    private static long version() {
        return given().header("Authorization", TestTokens.bearer("officer.vp.1")).get("/api/directory/version")
                .then().statusCode(200).body("organisationCode", is(DemoOrganisation.DEPARTMENT))
                .extract().jsonPath().getLong("version");
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}

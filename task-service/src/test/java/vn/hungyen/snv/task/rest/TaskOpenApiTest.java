package vn.hungyen.snv.task.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.PlanServiceFake;

@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskOpenApiTest {

    @Test
    void everyEndpointIsDescribed() {
        var spec = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"/api/tasks/{id}/submissions", "/api/tasks/{id}/reviews",
                "/api/tasks/{id}/cancel", "/api/tasks/{id}/extensions",
                "/api/tasks/{id}/extensions/{extensionId}/decision"}) {
            spec.body("paths.'" + path + "'.post.summary", notNullValue())
                    .body("paths.'" + path + "'.post.parameters.name", hasItem("If-Match"));
        }
        spec.body("paths.'/api/tasks/bulk'.post.parameters.name", hasItem("dryRun"))
                .body("paths.'/api/tasks/bulk'.post.responses.'422'.description", notNullValue())
                .body("paths.'/api/tasks'.get.parameters.name", hasItems("dueSoon", "planItemId", "overdue"))
                .body("components.schemas.AssignRequest.properties.recurring.description", notNullValue())
                .body("paths.'/api/tasks/{id}/assignee'.put.summary", notNullValue())
                .body("paths.'/api/tasks/{id}'.get.responses.'200'.content", notNullValue())
                .body("paths.'/api/tasks/progress'.get.parameters.name", hasItem("planItemId"))
                .body("paths.'/api/tasks/progress'.get.responses.'400'.description", notNullValue())
                .body("components.schemas.ItemProgressView.properties.doneLate.description", notNullValue())
                .body("paths.'/api/tasks/recurring'.get.parameters.name", hasItems("unit", "active"))
                .body("paths.'/api/tasks/recurring/{id}/stop'.post.summary", notNullValue())
                .body("paths.'/api/tasks/recurring/{id}/stop'.post.responses.'409'.description", notNullValue())
                .body("components.schemas.RecurringView.properties.monthsWritten.description", notNullValue());
    }
}

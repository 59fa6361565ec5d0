package vn.hungyen.snv.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.demo.Services.Service;

class ServicesTest {

    @Test
    void withoutArgumentsTheServicesAreOnRunShsDefaultPorts() {
        assertThat(Services.fromArguments()).isEqualTo(Map.of(
                Service.WEB_UI, URI.create("http://127.0.0.1:8080"), Service.PLAN, URI.create("http://127.0.0.1:8081"),
                Service.TASK, URI.create("http://127.0.0.1:8082"),
                Service.EVALUATION, URI.create("http://127.0.0.1:8083")));
    }

    @Test
    void aPortBaseIsWebUisPortAndTheOtherServicesAreOnTheNextThree() {
        assertThat(Services.fromArguments("18080")).isEqualTo(Map.of(
                Service.WEB_UI, URI.create("http://127.0.0.1:18080"),
                Service.PLAN, URI.create("http://127.0.0.1:18081"),
                Service.TASK, URI.create("http://127.0.0.1:18082"),
                Service.EVALUATION, URI.create("http://127.0.0.1:18083")));
    }

    @Test
    void fourBaseUrlsAreWebUiPlanTaskAndEvaluationServiceInThatOrder() {
        assertThat(Services.fromArguments("http://web-ui:8080", "http://plan-service:8081",
                "https://task-service:8443/", "http://evaluation-service:8083")).isEqualTo(Map.of(
                Service.WEB_UI, URI.create("http://web-ui:8080"), Service.PLAN, URI.create("http://plan-service:8081"),
                Service.TASK, URI.create("https://task-service:8443/"),
                Service.EVALUATION, URI.create("http://evaluation-service:8083")));
    }

    @Test
    void anythingElseIsRefusedWithWhatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> Services.fromArguments("web-ui"))
                .withMessage("not a port base: web-ui");
        assertThatIllegalArgumentException().isThrownBy(() -> Services.fromArguments("0"))
                .withMessage("not a port base: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Services.fromArguments("65533"))
                .withMessage("not a port base: 65533");
        assertThatIllegalArgumentException().isThrownBy(() -> Services.fromArguments("8080", "8081"))
                .withMessage("expected a port base or the four base URLs, not 2 arguments");
        for (String notABaseUrl : new String[] {"web-ui:8080", "ftp://web-ui:8080", "http://web-ui:8080/api",
                "http:///api"}) {
            assertThatIllegalArgumentException().as(notABaseUrl).isThrownBy(() -> Services.fromArguments(notABaseUrl,
                    "http://plan-service:8081", "http://task-service:8082", "http://evaluation-service:8083"))
                    .withMessage("not an http(s) base URL: " + notABaseUrl);
        }
    }
}

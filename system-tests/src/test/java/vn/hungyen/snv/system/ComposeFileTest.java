package vn.hungyen.snv.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml stays a correct description of the system for people who have Docker. */
class ComposeFileTest {

    private static final Map<String, Integer> APPLICATIONS = Map.of("web-ui", 8080, "plan-service", 8081,
            "task-service", 8082, "evaluation-service", 8083);
    private static final List<String> DATABASE_VARIABLES = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void parse() throws IOException {
        services = readServices();
    }

    /** docker-compose.yml's services by name, with the YAML merge keys (<<: *app) applied. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> readServices() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyApplicationIsBuiltFromItsModuleAndPublishesItsPort() {
        APPLICATIONS.forEach((name, port) -> {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).isNotNull();
            assertThat(build(service).get("args")).as(name + " build args").isEqualTo(Map.of("SERVICE", name));
            assertThat(Path.of("..", name, "pom.xml")).as(name + " module").exists();
            assertThat((List<Object>) service.get("ports")).as(name + " ports").containsExactly(port + ":" + port);
            assertThat(environment(service)).as(name + " port variable").containsEntry("QUARKUS_HTTP_PORT", port);
        });
    }

    @Test
    void everyApplicationGetsItsSettingsFromTheEnvironment() {
        APPLICATIONS.keySet().forEach(name -> {
            Map<String, Object> env = environment(services.get(name));
            assertThat(env).as(name).containsKeys(DATABASE_VARIABLES.toArray(String[]::new))
                    .containsEntry("APP_DATA_DIR", "/data").containsEntry("QUARKUS_PROFILE", "demo");
            String database = name.equals("web-ui") ? "webui" : name.replace("-service", "");
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).as(name)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        });
        for (String consumerOrProducer : List.of("task-service", "evaluation-service")) {
            assertThat(environment(services.get(consumerOrProducer))).as(consumerOrProducer)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        }
    }

    /** Every ${X_SERVICE_URL:…} an application's configuration reads is set to that service in compose. */
    @Test
    void everyServiceAnApplicationCallsIsReachedByItsComposeName() throws IOException {
        Pattern placeholder = Pattern.compile("\\$\\{(([A-Z]+)_SERVICE_URL):");
        for (String name : APPLICATIONS.keySet()) {
            String properties = Files.readString(Path.of("..", name, "src/main/resources/application.properties"));
            Matcher called = placeholder.matcher(properties);
            int count = 0;
            while (called.find()) {
                String service = called.group(2).toLowerCase(Locale.ROOT) + "-service";
                assertThat(environment(services.get(name))).as(name + " calls " + service)
                        .containsEntry(called.group(1), "http://" + service + ":" + APPLICATIONS.get(service));
                count++;
            }
            if (!name.equals("plan-service")) {
                assertThat(count).as(name + " calls other services").isPositive();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void applicationsWaitForHealthyInfrastructure() {
        assertThat(services.get("postgres")).containsKey("healthcheck");
        assertThat(services.get("kafka")).containsKey("healthcheck");
        APPLICATIONS.keySet().forEach(name -> {
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) services.get(name)
                    .get("depends_on");
            assertThat(dependsOn.get("postgres")).as(name).containsEntry("condition", "service_healthy");
            assertThat(dependsOn.get("kafka")).as(name).containsEntry("condition", "service_healthy");
        });
    }

    @Test
    void infrastructureIsTheOfficialImagesWithPinnedTags() {
        assertThat(services.get("kafka").get("image").toString()).startsWith("apache/kafka:");
        assertThat(services.get("postgres").get("image").toString()).startsWith("postgres:");
        services.forEach((name, service) -> {
            Object image = service.get("image");
            if (image != null) {
                String tag = image.toString().substring(image.toString().lastIndexOf(':') + 1);
                assertThat(image.toString()).as(name).contains(":");
                assertThat(tag).as(name + " image tag").isNotEqualTo("latest").matches(".*\\d.*");
            }
        });
    }

    @Test
    void theKafkaBrokerRunsInKRaftMode() {
        Map<String, Object> env = environment(services.get("kafka"));
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> build(Map<String, Object> service) {
        return (Map<String, Object>) service.get("build");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }
}

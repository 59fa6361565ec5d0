package vn.hungyen.snv.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.rest.StrictJson;

/** A stored event reads as the service's strict object mapper reads it, field for field. */
class StoredEventTest {

    private static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper().findAndRegisterModules())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Path SAMPLES = Path.of("..", "docs", "events");

    @Test
    void theContractSamplesReadAsTheMapperReadsThem() throws IOException {
        for (String type : TaskEvent.Type.ALL) {
            String payload = Files.readString(SAMPLES.resolve(type + ".json"));
            TaskEvent expected = JSON.readValue(payload, TaskEvent.class);
            assertThat(StoredEvent.read(expected.eventId(), payload)).as(type).isEqualTo(expected);
        }
    }

    @Test
    void everyFieldReadsAsTheMapperReadsIt() throws IOException {
        Random random = new Random(540);
        String[] types = TaskEvent.Type.ALL.toArray(String[]::new);
        for (int i = 0; i < 2_000; i++) {
            TaskEvent event = TaskEvent.builder().eventId(new UUID(random.nextLong(), random.nextLong()))
                    .type(types[random.nextInt(types.length)]).version(1 + random.nextInt(2))
                    .occurredAt(instant(random)).sequence(1 + random.nextInt(50)).taskId(1 + random.nextInt(1 << 20))
                    .parentTaskId(random.nextBoolean() ? null : (long) random.nextInt(1000))
                    .planItemId(random.nextBoolean() ? null : (long) random.nextInt(1000)).organisationCode("SNV")
                    .unitCode("U" + random.nextInt(40)).assigneeId(random.nextBoolean() ? null : 1000L + i)
                    .dueDate(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .weight(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(400), random.nextInt(3)))
                    .title(random.nextBoolean() ? null : "Nhiệm vụ \"số\" " + i + " — báo cáo\\quý")
                    .submittedAt(random.nextBoolean() ? null : instant(random))
                    .documentNumber(random.nextBoolean() ? null : i + "/BC-SNV")
                    .verdict(random.nextBoolean() ? null : random.nextBoolean() ? "ACCEPTED" : "RETURNED")
                    .majorError(random.nextBoolean() ? null : random.nextBoolean())
                    .previousDueDate(random.nextBoolean() ? null : LocalDate.of(2025, 12, 31))
                    .objectiveCause(random.nextBoolean() ? null : random.nextBoolean())
                    .reason(random.nextBoolean() ? null : "Chờ số liệu").actor("head.u" + i).build();
            String payload = JSON.writeValueAsString(event);
            assertThat(StoredEvent.read(event.eventId(), payload)).as(payload)
                    .isEqualTo(JSON.readValue(payload, TaskEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void fieldsOfALaterVersionAndNullsAreSkipped() {
        TaskEvent event = StoredEvent.read(null, """
                {"type": "TaskAssigned", "taskId": 7, "later": {"a": [1, {"b": 2}]}, "assigneeId": null,
                 "also": [3], "title": "Việc"}""");
        assertThat(event.taskId()).isEqualTo(7);
        assertThat(event.title()).isEqualTo("Việc");
        assertThat(event.assigneeId()).isNull();
    }

    @Test
    void aTextThatIsNoEventIsRefused() {
        UUID id = UUID.randomUUID();
        for (String payload : new String[] {"[1]", "{\"taskId\": \"x\"}", "{\"dueDate\": \"2026/10/01\"}", "{",
                "{\"submittedAt\": 12}"}) {
            assertThatThrownBy(() -> StoredEvent.read(id, payload)).as(payload)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(id.toString());
        }
    }

    private static Instant instant(Random random) {
        return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000),
                random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
    }
}

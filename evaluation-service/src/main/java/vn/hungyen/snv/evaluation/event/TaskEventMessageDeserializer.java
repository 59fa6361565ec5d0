package vn.hungyen.snv.evaluation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The {@code task-events} value deserializer: reads each message with {@link TaskEventReader} (the service's strict
 * JSON reader) on the Kafka client's polling thread, so that the next batch is read while the consumer applies the
 * previous one in the database. It never throws: a message that is not an applicable task event becomes a poison
 * {@link TaskEventMessage} that the consumer sends to the dead-letter topic with its text and reason.
 */
public class TaskEventMessageDeserializer implements Deserializer<TaskEventMessage> {

    private TaskEventReader reader;

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        reader = new TaskEventReader(Arc.container().instance(ObjectMapper.class).get());
    }

    @Override
    public TaskEventMessage deserialize(String topic, byte[] data) {
        return reader.read(data == null ? null : new String(data, StandardCharsets.UTF_8));
    }
}

package vn.hungyen.snv.evaluation.event;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/** Writes a {@link TaskEventMessage} to the dead-letter topic as the text it was received as. */
public class TaskEventMessageSerializer implements Serializer<TaskEventMessage> {

    @Override
    public byte[] serialize(String topic, TaskEventMessage message) {
        return message == null || message.text() == null ? null : message.text().getBytes(StandardCharsets.UTF_8);
    }
}

package vn.hungyen.snv.evaluation.event;

import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;

/**
 * A {@code task-events} message as {@link TaskEventMessageDeserializer} read it on the Kafka polling thread: its text,
 * and either the task event it holds or why it can never be applied (it then goes to the dead-letter topic).
 *
 * @param text         the message as received (UTF-8), stored with the event or sent to the dead-letter topic
 * @param event        the event, when the message is one
 * @param poisonReason why the message is not a task event this version can apply, otherwise null
 */
public record TaskEventMessage(String text, TaskEvent event, String poisonReason) {

    static TaskEventMessage event(String text, TaskEvent event) {
        return new TaskEventMessage(text, event, null);
    }

    static TaskEventMessage poison(String text, String reason) {
        return new TaskEventMessage(text, null, reason);
    }

    boolean isPoison() {
        return poisonReason != null;
    }

    ReceivedEvent received() {
        return new ReceivedEvent(event, text);
    }
}

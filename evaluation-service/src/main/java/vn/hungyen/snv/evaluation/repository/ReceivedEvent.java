package vn.hungyen.snv.evaluation.repository;

import vn.hungyen.snv.common.event.TaskEvent;

/** A task event read from Kafka, with the text it came as (stored as received). */
public record ReceivedEvent(TaskEvent event, String payload) {
}

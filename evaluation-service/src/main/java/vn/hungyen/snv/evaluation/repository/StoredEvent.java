package vn.hungyen.snv.evaluation.repository;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.rest.StrictJson;

/** A stored task event as a month's computation reads it: not a managed entity, so reading millions keeps none. */
public record StoredEvent(UUID eventId, Long taskId, long sequence, String payload, Instant receivedAt) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The event this row stores; see {@link #read}. */
    public TaskEvent event() {
        return read(eventId, payload);
    }

    /**
     * The task event stored as {@code payload}, the text the consumer received and accepted (its reader refused
     * duplicate keys, texts with control characters, dates not in ISO form: docs/contract.md). A month reads hundreds
     * of thousands of them, so they are read here token by token, without the service's strict object mapper, which
     * spent most of a month's reading on checks the text passed when it was received; the values are the ones that
     * mapper gives. A field of a later version, or one it would have refused as an object or a list, is skipped.
     *
     * @throws IllegalStateException when the text is not a task event
     */
    public static TaskEvent read(UUID eventId, String payload) {
        TaskEvent.Builder event = TaskEvent.builder();
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "not a JSON object");
            }
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.VALUE_NULL || !token.isScalarValue()) {
                    parser.skipChildren();
                    continue;
                }
                switch (field) {
                    case "eventId" -> event.eventId(UUID.fromString(parser.getText()));
                    case "type" -> event.type(parser.getText());
                    case "version" -> event.version(parser.getIntValue());
                    case "occurredAt" -> event.occurredAt(StrictJson.instant(parser.getText()));
                    case "sequence" -> event.sequence(parser.getLongValue());
                    case "taskId" -> event.taskId(parser.getLongValue());
                    case "parentTaskId" -> event.parentTaskId(parser.getLongValue());
                    case "planItemId" -> event.planItemId(parser.getLongValue());
                    case "organisationCode" -> event.organisationCode(parser.getText());
                    case "unitCode" -> event.unitCode(parser.getText());
                    case "assigneeId" -> event.assigneeId(parser.getLongValue());
                    case "dueDate" -> event.dueDate(InputDates.isoDate(parser.getText()));
                    case "weight" -> event.weight(parser.getDecimalValue());
                    case "title" -> event.title(parser.getText());
                    case "submittedAt" -> event.submittedAt(StrictJson.instant(parser.getText()));
                    case "documentNumber" -> event.documentNumber(parser.getText());
                    case "verdict" -> event.verdict(parser.getText());
                    case "majorError" -> event.majorError(parser.getBooleanValue());
                    case "previousDueDate" -> event.previousDueDate(InputDates.isoDate(parser.getText()));
                    case "objectiveCause" -> event.objectiveCause(parser.getBooleanValue());
                    case "reason" -> event.reason(parser.getText());
                    case "actor" -> event.actor(parser.getText());
                    default -> {
                        // a field of a later version of the wire format
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(parser, "not a JSON object");
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("stored event " + eventId + " cannot be read", e);
        }
        return event.build();
    }
}

package vn.hungyen.snv.evaluation.repository;

import java.time.Instant;
import java.util.UUID;

/** A stored task event as a month's computation reads it: not a managed entity, so reading millions keeps none. */
public record StoredEvent(UUID eventId, Long taskId, long sequence, String payload, Instant receivedAt) {
}

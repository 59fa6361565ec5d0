package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A task event as received from Kafka. */
@Entity
@Table(name = "task_event")
public class TaskEventRecord extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "task_id")
    public Long taskId;
    public long sequence;
    public String type;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String payload;
    @Column(name = "received_at")
    public Instant receivedAt;
}

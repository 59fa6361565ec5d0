package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a task's history: who did what, when, from which client. */
@Entity
@Table(name = "task_history")
public class TaskHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    public Instant at;
    public String actor;
    public String action;
    public String detail;
    public String client;
    /** Written by an administrator for another time or on someone's behalf (nhập bù). */
    public boolean backfill;
}

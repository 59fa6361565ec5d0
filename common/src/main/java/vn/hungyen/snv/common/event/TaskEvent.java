package vn.hungyen.snv.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One message on the {@code task-events} topic (docs/contract.md, "Events"; samples in
 * docs/events/). The common fields are always present; the others belong to their event type.
 *
 * @param eventId        unique id; consumers apply each id once
 * @param type           one of {@link Type}
 * @param version        version of this wire format
 * @param occurredAt     when the change was committed
 * @param sequence       the task's change counter after this change; orders one task's events
 * @param taskId         the task (also the record key)
 * @param parentTaskId   for a coordinating unit's child assignment, the lead task
 * @param planItemId     the catalogue item the task comes from, if any
 * @param organisationCode the organisation the task belongs to (plan-service's organisation code)
 * @param unitCode       the unit responsible for the task
 * @param assigneeId     the officer who carries it out, if assigned to one
 * @param dueDate        the due date in force after the change (Asia/Ho_Chi_Minh calendar date)
 * @param weight         conversion factor of the product (hệ số quy đổi)
 * @param title          the task's wording (TaskAssigned)
 * @param submittedAt    TaskSubmitted: the completion time; TaskReviewed: of the reviewed submission
 * @param documentNumber TaskSubmitted: the product's số/ký hiệu
 * @param verdict        TaskReviewed: ACCEPTED or RETURNED
 * @param majorError     TaskReviewed: a return for a major content error
 * @param previousDueDate TaskDueDateChanged: the due date before the change
 * @param objectiveCause TaskDueDateChanged: the approver found an objective cause
 * @param reason         TaskCancelled and TaskDueDateChanged: why
 * @param actor          who made the change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskEvent(UUID eventId, String type, int version, Instant occurredAt, long sequence, long taskId,
        Long parentTaskId, Long planItemId, String organisationCode, String unitCode, Long assigneeId, LocalDate dueDate, BigDecimal weight,
        String title, Instant submittedAt, String documentNumber, String verdict, Boolean majorError,
        LocalDate previousDueDate, Boolean objectiveCause, String reason, String actor) {

    /** The current wire format version. */
    public static final int CURRENT_VERSION = 1;

    /** The topic all task events go to, keyed by task id. */
    public static final String TOPIC = "task-events";

    /** Event types. */
    public static final class Type {
        public static final String ASSIGNED = "TaskAssigned";
        public static final String SUBMITTED = "TaskSubmitted";
        public static final String REVIEWED = "TaskReviewed";
        public static final String DUE_DATE_CHANGED = "TaskDueDateChanged";
        public static final String CANCELLED = "TaskCancelled";

        /** Every type of this wire format; a consumer sends any other to the dead-letter topic and applies nothing. */
        public static final Set<String> ALL = Set.of(ASSIGNED, SUBMITTED, REVIEWED, DUE_DATE_CHANGED, CANCELLED);

        private Type() {
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an event field by field; {@code version} defaults to the current one. */
    public static final class Builder {
        private UUID eventId;
        private String type;
        private int version = CURRENT_VERSION;
        private Instant occurredAt;
        private long sequence;
        private long taskId;
        private Long parentTaskId;
        private Long planItemId;
        private String organisationCode;
        private String unitCode;
        private Long assigneeId;
        private LocalDate dueDate;
        private BigDecimal weight;
        private String title;
        private Instant submittedAt;
        private String documentNumber;
        private String verdict;
        private Boolean majorError;
        private LocalDate previousDueDate;
        private Boolean objectiveCause;
        private String reason;
        private String actor;

        public Builder eventId(UUID eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder taskId(long taskId) {
            this.taskId = taskId;
            return this;
        }

        public Builder parentTaskId(Long parentTaskId) {
            this.parentTaskId = parentTaskId;
            return this;
        }

        public Builder planItemId(Long planItemId) {
            this.planItemId = planItemId;
            return this;
        }

        public Builder organisationCode(String organisationCode) {
            this.organisationCode = organisationCode;
            return this;
        }

        public Builder unitCode(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public Builder assigneeId(Long assigneeId) {
            this.assigneeId = assigneeId;
            return this;
        }

        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Builder documentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
            return this;
        }

        public Builder verdict(String verdict) {
            this.verdict = verdict;
            return this;
        }

        public Builder majorError(Boolean majorError) {
            this.majorError = majorError;
            return this;
        }

        public Builder previousDueDate(LocalDate previousDueDate) {
            this.previousDueDate = previousDueDate;
            return this;
        }

        public Builder objectiveCause(Boolean objectiveCause) {
            this.objectiveCause = objectiveCause;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder actor(String actor) {
            this.actor = actor;
            return this;
        }

        public TaskEvent build() {
            return new TaskEvent(eventId, type, version, occurredAt, sequence, taskId, parentTaskId, planItemId, organisationCode, unitCode, assigneeId, dueDate, weight, title, submittedAt, documentNumber, verdict, majorError, previousDueDate, objectiveCause, reason, actor);
        }
    }
}

package vn.hungyen.snv.task.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.domain.Recipient;
import vn.hungyen.snv.task.domain.ReminderRules;
import vn.hungyen.snv.task.domain.ReminderStep;
import vn.hungyen.snv.task.domain.TaskStatus;

/** The reminders sent and what the next ones depend on. */
@ApplicationScoped
public class NotificationRepository {

    /** A task's facts with the organisation it belongs to. */
    public record TaskFactsOf(String organisationCode, ReminderRules.TaskFacts facts) {
    }

    private final EntityManager entityManager;

    NotificationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The open tasks that may call for a reminder today: in progress and due by {@code horizon} (or overdue), awaiting
     * review, or with an extension request pending; the instants of requests and reports read as dates in
     * {@code zone}.
     */
    public List<TaskFactsOf> openTaskFacts(LocalDate horizon, ZoneId zone) {
        List<?> rows = entityManager.createNativeQuery("""
                select t.id, t.organisation_code, t.title, t.status, t.due_date, t.unit_code, t.assignee_id,
                       t.assigned_by, e.requested_at, e.requested_due_date, s.submitted_at
                from task t
                left join lateral (select x.requested_at, x.requested_due_date from task_extension x
                                   where x.task_id = t.id and x.status = 'PENDING' order by x.id desc limit 1) e on true
                left join lateral (select y.submitted_at from task_submission y
                                   where y.task_id = t.id order by y.id desc limit 1) s on true
                where t.status not in ('DONE', 'CANCELLED')
                  and (t.due_date <= :horizon or t.status = 'SUBMITTED' or e.requested_at is not null)
                order by t.id""").setParameter("horizon", horizon).getResultList();
        List<TaskFactsOf> facts = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            TaskStatus status = TaskStatus.valueOf((String) c[3]);
            facts.add(new TaskFactsOf((String) c[1], new ReminderRules.TaskFacts(((Number) c[0]).longValue(),
                    (String) c[2], status, date(c[4]), (String) c[5],
                    c[6] == null ? null : ((Number) c[6]).longValue(), (String) c[7], dateIn(c[8], zone),
                    date(c[9]), status == TaskStatus.SUBMITTED ? dateIn(c[10], zone) : null)));
        }
        return facts;
    }

    /**
     * Writes the reminder unless it was sent before; its id when this call wrote it. A concurrent writer of the same
     * reminder waits for the first to commit and then writes nothing.
     */
    public Optional<Long> recordOnce(String organisationCode, ReminderRules.Reminder reminder, String link,
            Instant at) {
        return insertOnce(organisationCode, reminder.taskId(), reminder.step(), reminder.recipient(),
                reminder.occasion(), reminder.message(), link, at);
    }

    /** Writes the reminder of a month's step unless it was sent before, as {@link #recordOnce} does for tasks. */
    public Optional<Long> recordMonthOnce(String organisationCode, ReminderRules.MonthReminder reminder, String link,
            Instant at) {
        return insertOnce(organisationCode, null, reminder.step(), reminder.recipient(), reminder.occasion(),
                reminder.message(), link, at);
    }

    private Optional<Long> insertOnce(String organisationCode, Long taskId, ReminderStep step, Recipient recipient,
            LocalDate occasion, String message, String link, Instant at) {
        List<?> ids = entityManager.createNativeQuery("""
                insert into notification (organisation_code, task_id, step, recipient_kind, recipient, occasion,
                                          message, link, created_at)
                values (:organisation, :task, :step, :kind, :recipient, :occasion, :message, :link, :at)
                on conflict do nothing returning id""")
                .setParameter("organisation", organisationCode)
                .setParameter("task", new TypedParameterValue<>(StandardBasicTypes.LONG, taskId))
                .setParameter("step", step.name()).setParameter("kind", recipient.kind().name())
                .setParameter("recipient", recipient.key()).setParameter("occasion", occasion)
                .setParameter("message", message).setParameter("link", link).setParameter("at", Timestamp.from(at))
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The organisations that have work here: those whose months' steps the reminders read. */
    public List<String> organisations() {
        return entityManager.createNativeQuery("select distinct organisation_code from task order by 1", String.class)
                .getResultList().stream().map(String.class::cast).toList();
    }

    /** One page of the caller's notifications, newest first. */
    public List<Notification> page(Caller caller, int page, int size) {
        Parameters parameters = new Parameters();
        return Notification.<Notification>find(addressedTo(caller, parameters), Sort.descending("id"), parameters)
                .page(page, size).list();
    }

    /** How many notifications the caller has, all and unread. */
    public long count(Caller caller, boolean unreadOnly) {
        Parameters parameters = new Parameters();
        return Notification.count(addressedTo(caller, parameters) + (unreadOnly ? " and readAt is null" : ""),
                parameters);
    }

    /** The notification when it is addressed to the caller. */
    public Optional<Notification> findFor(long id, Caller caller) {
        Parameters parameters = new Parameters().and("id", id);
        return Notification.find("id = :id and " + addressedTo(caller, parameters), parameters).firstResultOptional();
    }

    /** Marks every unread notification of the caller read; returns how many. */
    public int markAllRead(Caller caller, Instant at) {
        Parameters parameters = new Parameters().and("at", at);
        return Notification.update("readAt = :at where readAt is null and " + addressedTo(caller, parameters),
                parameters);
    }

    /**
     * The condition "addressed to the caller", in the caller's organisation: to their officer id or username, to their
     * unit's leaders when they are a head, to a unit they supervise when they are a deputy director.
     */
    private static String addressedTo(Caller caller, Parameters parameters) {
        List<String> to = new ArrayList<>();
        to.add("(recipientKind = :user and recipient = :username)");
        parameters.and("user", Recipient.Kind.USER).and("username", caller.username());
        if (caller.officerId() != null) {
            to.add("(recipientKind = :officer and recipient = :officerId)");
            parameters.and("officer", Recipient.Kind.OFFICER).and("officerId", caller.officerId().toString());
        }
        if (caller.hasRole(Roles.HEAD) && caller.unitCode() != null) {
            to.add("(recipientKind = :head and recipient = :unit)");
            parameters.and("head", Recipient.Kind.HEAD).and("unit", caller.unitCode());
        }
        Set<String> supervised = caller.supervisedUnits();
        if (caller.hasRole(Roles.DEPUTY_DIRECTOR) && supervised != null && !supervised.isEmpty()) {
            to.add("(recipientKind = :deputy and recipient in :supervised)");
            parameters.and("deputy", Recipient.Kind.DEPUTY).and("supervised", supervised);
        }
        parameters.and("organisation", caller.organisationCode() == null ? "" : caller.organisationCode());
        return "organisationCode = :organisation and (" + String.join(" or ", to) + ")";
    }

    private static LocalDate date(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }

    private static LocalDate dateIn(Object column, ZoneId zone) {
        if (column == null) {
            return null;
        }
        Instant instant = column instanceof Timestamp t ? t.toInstant() : column instanceof Instant i ? i
                : ((java.time.OffsetDateTime) column).toInstant();
        return LocalDate.ofInstant(instant, zone);
    }
}

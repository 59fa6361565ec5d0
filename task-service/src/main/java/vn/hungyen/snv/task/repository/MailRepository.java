package vn.hungyen.snv.task.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reminders' mails: who gets which, written once, and the queue the mail relay sends from. */
@ApplicationScoped
public class MailRepository {

    /**
     * The notification {@code n} is addressed to the subscriber {@code s}: the same rule as the notification centre's
     * (NotificationRepository), on the claims the subscriber's token carried.
     */
    private static final String ADDRESSED = """
            n.organisation_code = s.organisation_code and (
                 (n.recipient_kind = 'OFFICER' and n.recipient = cast(s.officer_id as varchar))
              or (n.recipient_kind = 'USER' and n.recipient = s.username)
              or (n.recipient_kind = 'HEAD' and s.leads_unit and n.recipient = s.unit_code)
              or (n.recipient_kind = 'DEPUTY' and n.recipient = any(string_to_array(s.supervised_units, ','))))""";

    private final EntityManager entityManager;

    MailRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Queues the mail of a reminder just written for every subscriber it is addressed to who wants one mail per
     * reminder: the message, then the link to the page where its step is done (the task's, the month's evaluation).
     */
    public int queueReminder(long notificationId, String webUiUrl, Instant at) {
        return entityManager.createNativeQuery("""
                insert into mail_delivery (username, email, notification_id, subject, body, status, created_at)
                select s.username, s.email, n.id, left('Nhắc việc: ' || coalesce(t.title, n.message), 300),
                       n.message || E'\\n\\n' || :web || n.link, 'PENDING', :at
                from notification n left join task t on t.id = n.task_id join mail_subscriber s on """ + " " + ADDRESSED + """

                where n.id = :id and not s.daily_digest
                on conflict do nothing""")
                .setParameter("web", webUiUrl).setParameter("at", Timestamp.from(at))
                .setParameter("id", notificationId).executeUpdate();
    }

    /**
     * Queues the digest of {@code day} for every subscriber who chose one and was sent reminders in
     * {@code [from, to)}: one mail per subscriber and day, whatever the number of runs.
     */
    public int queueDigests(LocalDate day, String subject, Instant from, Instant to, String webUiUrl, Instant at) {
        return entityManager.createNativeQuery("""
                insert into mail_delivery (username, email, digest_day, subject, body, status, created_at)
                select s.username, s.email, :day, :subject,
                       string_agg(n.message || E'\\n' || :web || n.link, E'\\n\\n' order by n.id),
                       'PENDING', :at
                from mail_subscriber s join notification n on """ + " " + ADDRESSED + """

                where s.daily_digest and n.created_at >= :from and n.created_at < :to
                group by s.username, s.email
                on conflict do nothing""")
                .setParameter("day", day).setParameter("subject", subject).setParameter("web", webUiUrl)
                .setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to))
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /**
     * The oldest mails waiting, row-locked until the transaction ends and skipped by any other relay, so that two
     * instances never send the same mail.
     */
    public List<MailDelivery> lockPending(int limit) {
        return MailDelivery.<MailDelivery>find("status = ?1 order by id", MailDelivery.Status.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit).list();
    }
}

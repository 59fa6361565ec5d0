package vn.hungyen.snv.task.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.config.MailConfig;
import vn.hungyen.snv.task.domain.DisplayFormats;
import vn.hungyen.snv.task.repository.MailDelivery;
import vn.hungyen.snv.task.repository.MailRepository;
import vn.hungyen.snv.task.repository.MailSubscriber;

/**
 * The reminders' e-mail: each account's address and digest choice, the mails queued with the reminders (in their
 * transaction) and the relay that sends them through the SMTP server once that transaction has committed, recording
 * each as sent or, after {@code app.mail.max-attempts} failures, failed.
 */
@ApplicationScoped
public class MailService {

    /** An account's mail choice; no address: no mail. */
    public record Settings(String email, boolean dailyDigest) {
    }

    private static final Logger LOG = Logger.getLogger(MailService.class);
    /** Mails one relay transaction sends at most. */
    private static final int BATCH = 50;

    private final MailRepository mails;
    private final Mailer mailer;
    private final MailConfig config;
    private final Clock clock;

    MailService(MailRepository mails, Mailer mailer, MailConfig config, Clock clock) {
        this.mails = mails;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Settings settings(Caller caller) {
        return MailSubscriber.<MailSubscriber>findByIdOptional(caller.username())
                .map(s -> new Settings(s.email, s.dailyDigest)).orElse(new Settings(null, false));
    }

    /** Records the caller's choice with the claims reminders are addressed by; no address stops their mail. */
    @Transactional
    public Settings choose(Caller caller, Settings settings) {
        Optional<MailSubscriber> existing = MailSubscriber.findByIdOptional(caller.username());
        if (settings.email() == null) {
            existing.ifPresent(MailSubscriber::delete);
            return new Settings(null, false);
        }
        MailSubscriber subscriber = existing.orElseGet(MailSubscriber::new);
        subscriber.email = settings.email().strip();
        subscriber.dailyDigest = settings.dailyDigest();
        refresh(subscriber, caller);
        subscriber.updatedAt = TaskJournal.stored(clock.instant());
        if (existing.isEmpty()) {
            subscriber.persist();
        }
        return new Settings(subscriber.email, subscriber.dailyDigest);
    }

    /** Brings a subscriber's addressing claims up to date with the caller's token (a move, a new role). */
    @Transactional(Transactional.TxType.MANDATORY)
    void refreshClaims(Caller caller) {
        MailSubscriber.<MailSubscriber>findByIdOptional(caller.username()).ifPresent(s -> refresh(s, caller));
    }

    /** Copies the caller's claims; the row is written only when one of them changed. */
    private void refresh(MailSubscriber subscriber, Caller caller) {
        String supervised = caller.hasRole(Roles.DEPUTY_DIRECTOR) && caller.supervisedUnits() != null
                ? String.join(",", new TreeSet<>(caller.supervisedUnits())) : "";
        boolean same = caller.username().equals(subscriber.username)
                && Objects.equals(caller.organisationCode(), subscriber.organisationCode)
                && Objects.equals(caller.officerId(), subscriber.officerId)
                && Objects.equals(caller.unitCode(), subscriber.unitCode)
                && caller.hasRole(Roles.HEAD) == subscriber.leadsUnit && supervised.equals(subscriber.supervisedUnits);
        if (same && subscriber.updatedAt != null) {
            return;
        }
        subscriber.username = caller.username();
        subscriber.organisationCode = caller.organisationCode();
        subscriber.officerId = caller.officerId();
        subscriber.unitCode = caller.unitCode();
        subscriber.leadsUnit = caller.hasRole(Roles.HEAD);
        subscriber.supervisedUnits = supervised;
        subscriber.updatedAt = TaskJournal.stored(clock.instant());
    }

    /** Queues the mail of a reminder just recorded, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queueReminder(long notificationId, Instant at) {
        mails.queueReminder(notificationId, config.webUiUrl(), at);
    }

    /** Queues the day's digests of the reminders recorded since {@code from}, in the reminders' transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queueDigests(LocalDate day, Instant from, Instant at) {
        mails.queueDigests(day, "Tổng hợp nhắc việc ngày " + DisplayFormats.DATE.format(day), from,
                at.plusNanos(1000), config.webUiUrl(), at);
    }

    @Scheduled(every = "${app.mail.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendOnSchedule() {
        int sent = sendPending();
        if (sent > 0) {
            LOG.infof("Mail: %d sent", sent);
        }
    }

    /** Sends the waiting mails, batch by batch, each failed one left for the next run; returns how many went out. */
    public int sendPending() {
        int sent = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
            sent += batch[0];
            if (batch[1] < BATCH || batch[0] == 0) {
                return sent;
            }
        }
    }

    /** {sent, tried} of one batch. */
    private int[] sendBatch() {
        int sent = 0;
        var batch = mails.lockPending(BATCH);
        for (MailDelivery mail : batch) {
            mail.attempts++;
            try {
                mailer.send(Mail.withText(mail.email, mail.subject, mail.body));
                mail.status = MailDelivery.Status.SENT;
                mail.sentAt = TaskJournal.stored(clock.instant());
                mail.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                mail.lastError = String.valueOf(e.getMessage()).substring(0,
                        Math.min(1000, String.valueOf(e.getMessage()).length()));
                if (mail.attempts >= config.maxAttempts()) {
                    mail.status = MailDelivery.Status.FAILED;
                }
                LOG.warnf("Mail %d to %s failed (attempt %d): %s", mail.id, mail.username, mail.attempts,
                        mail.lastError);
            }
        }
        return new int[] {sent, batch.size()};
    }
}

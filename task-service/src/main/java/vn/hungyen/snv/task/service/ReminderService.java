package vn.hungyen.snv.task.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.task.config.ReminderConfig;
import vn.hungyen.snv.task.domain.ReminderRules;
import vn.hungyen.snv.task.repository.NotificationRepository;

/**
 * Sends the day's reminders and escalations (đôn đốc): reads the open tasks, asks {@link ReminderRules} what each
 * calls for today on the working-day calendar, and records every reminder once (the notification's unique key), so
 * that a second run, a restart or a second instance on the same day sends nothing twice. The mails of the new
 * reminders, and the day's digests, are queued in the same transaction and sent by {@link MailService} after it.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final NotificationRepository notifications;
    private final CalendarSource calendar;
    private final ReminderConfig config;
    private final MailService mail;
    private final Clock clock;

    ReminderService(NotificationRepository notifications, CalendarSource calendar, ReminderConfig config,
            MailService mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void remindOnSchedule() {
        LOG.infof("Reminders: %d sent", remindToday());
    }

    /** Sends what today (the organisation's clock) calls for and was not sent before; returns how many this call sent. */
    public int remindToday() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.current();
        ReminderRules.Settings settings = config.settings();
        if (!days.isWorkingDay(today)) {
            return 0;
        }
        LocalDate horizon = days.addWorkingDays(today, settings.daysBefore());
        return QuarkusTransaction.requiringNew().call(() -> {
            int sent = 0;
            for (NotificationRepository.TaskFactsOf task : notifications.openTaskFacts(horizon, clock.getZone())) {
                for (ReminderRules.Reminder reminder : ReminderRules.due(task.facts(), today, days, settings)) {
                    Optional<Long> recorded = notifications.recordOnce(task.organisationCode(), reminder, now);
                    if (recorded.isPresent()) {
                        mail.queueReminder(recorded.get(), now);
                        sent++;
                    }
                }
            }
            mail.queueDigests(today, today.atStartOfDay(clock.getZone()).toInstant(), now);
            return sent;
        });
    }
}

package vn.hungyen.snv.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.hungyen.snv.task.domain.ReminderRules;

/** Settings of the reminders and escalations (đôn đốc), every step in working days. */
@ConfigMapping(prefix = "app.reminders")
public interface ReminderConfig {

    /**
     * When the day's reminders are written (a cron expression of the Quarkus scheduler, in the JVM's zone; "off"
     * disables it). Any number of runs or instances sends each reminder once.
     */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** The assignee is reminded this many working days before the due date (N). */
    @WithDefault("3")
    int daysBefore();

    /** After this many working days overdue the unit's leaders are told (E1). */
    @WithDefault("2")
    int escalateToHeadAfter();

    /** After this many working days overdue the supervising deputy director is told (E2, not below E1). */
    @WithDefault("5")
    int escalateToDeputyAfter();

    /** An extension request or a report waiting this many working days is reminded to the decider (0: at once). */
    @WithDefault("1")
    int decisionAfter();

    /** The settings as the rules take them. */
    default ReminderRules.Settings settings() {
        return new ReminderRules.Settings(daysBefore(), escalateToHeadAfter(), escalateToDeputyAfter(),
                decisionAfter());
    }
}

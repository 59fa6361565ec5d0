package vn.hungyen.snv.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of task-service. */
@ConfigMapping(prefix = "app.tasks")
public interface TaskConfig {

    /** A task is "due soon" when its due date is at most this many working days away. */
    @WithDefault("3")
    int dueSoonWorkingDays();

    /** Most rows one bulk assignment (POST /api/tasks/bulk) may carry. */
    @WithDefault("500")
    int maxBulkRows();

    /**
     * When the month's tasks of recurring assignments are written (a cron expression of the Quarkus scheduler;
     * "off" disables it). Read by the scheduler; every run writes each month's task at most once.
     */
    String recurringCron();

    /** Largest page a list request may ask for. */
    @WithDefault("200")
    int maxPageSize();
}

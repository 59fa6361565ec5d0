package vn.hungyen.snv.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of task-service. */
@ConfigMapping(prefix = "app.tasks")
public interface TaskConfig {

    /** The time zone that turns instants into the calendar dates deadlines are counted in. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** A task is "due soon" when its due date is at most this many working days away. */
    @WithDefault("3")
    int dueSoonWorkingDays();

    /** Largest page a list request may ask for. */
    @WithDefault("200")
    int maxPageSize();
}

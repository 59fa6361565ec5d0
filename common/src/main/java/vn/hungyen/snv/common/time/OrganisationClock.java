package vn.hungyen.snv.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service reads "now", "today" and "this month" from: the system clock in the
 * organisation's time zone ({@code app.zone}, Asia/Ho_Chi_Minh by default), never the JVM's default zone,
 * which is UTC on most servers and container images. Dates shown to people, due dates, "overdue", working-day
 * counts and month boundaries are all dates of this clock; stored times stay instants.
 *
 * <p>It is also Bean Validation's clock, so {@code @PastOrPresent} on a date means "not after today in the
 * organisation's zone". Tests pin it with {@code QuarkusMock.installMockForType(clock, Clock.class)}.
 */
@ApplicationScoped
public class OrganisationClock implements ClockProvider {

    /** The setting that names the organisation's time zone. */
    public static final String ZONE = "app.zone";

    private final Clock clock;

    OrganisationClock(Clock clock) {
        this.clock = clock;
    }

    @Produces
    @ApplicationScoped
    static Clock clock(@ConfigProperty(name = ZONE) ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}

package vn.hungyen.snv.common.testing;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.hungyen.snv.common.time.OrganisationClock;

/**
 * Stops the organisation's clock of a {@code @QuarkusTest} at one instant, for the current test only (QuarkusMock
 * undoes it after the test). Every "now" and "today" of the service under test then reads that instant, in the
 * configured zone, whatever the JVM's default zone and the real time.
 */
public final class PinnedClock {

    private PinnedClock() {
    }

    /** Pins the clock at {@code instant} (ISO, e.g. {@code 2026-12-01T18:30:00Z}) and returns the local date there. */
    public static LocalDate at(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), zone());
        QuarkusMock.installMockForType(clock, Clock.class);
        return LocalDate.now(clock);
    }

    /** The organisation's zone as the service under test is configured. */
    public static ZoneId zone() {
        return ConfigProvider.getConfig().getValue(OrganisationClock.ZONE, ZoneId.class);
    }
}

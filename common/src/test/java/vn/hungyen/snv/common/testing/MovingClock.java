package vn.hungyen.snv.common.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a plain unit test moves on by hand; it stands still otherwise. */
public final class MovingClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public MovingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock on by {@code by}. */
    public void move(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        throw new UnsupportedOperationException("a moving clock keeps its zone");
    }
}

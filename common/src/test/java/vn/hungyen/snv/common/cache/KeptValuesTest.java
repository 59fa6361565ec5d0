package vn.hungyen.snv.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.CallInThread;

/**
 * Values kept per slot and made once per slot at a time: callers arriving while a value is made wait for it and take
 * it; callers of other slots, or after a failure, are not held up.
 */
class KeptValuesTest {

    private final KeptValues<Integer, String> values = new KeptValues<>(4);
    private final AtomicInteger made = new AtomicInteger();
    private final CountDownLatch firstMaking = new CountDownLatch(1);

    @Test
    void aValueIsMadeOnceForCallersArrivingWhileItIsMade() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var first = CallInThread.start(() -> values.get("2024-06", 1, () -> make("month", release)));
        awaitFirstMaking();
        var second = CallInThread.start(() -> values.get("2024-06", 1, () -> make("again", null))).awaitParked();

        release.countDown();
        assertThat(first.get()).isEqualTo("month");
        assertThat(second.get()).as("taken from the first").isEqualTo("month");
        assertThat(made).hasValue(1);
        assertThat(values.get("2024-06", 1, () -> make("later", null))).isEqualTo("month");
        assertThat(made).hasValue(1);
    }

    @Test
    void aValueMadeFromAnotherKeyIsMadeAgain() {
        values.put("2024-06", 1, "version 1");

        assertThat(values.get("2024-06", 2, () -> make("version 2", null))).isEqualTo("version 2");
        assertThat(made).hasValue(1);
        assertThat(values.entry("2024-06")).hasValueSatisfying(e -> assertThat(e.getKey()).isEqualTo(2));
    }

    @Test
    void callersOfAnotherSlotDoNotWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var june = CallInThread.start(() -> values.get("2024-06", 1, () -> make("June", release)));
        awaitFirstMaking();

        assertThat(values.get("2024-07", 1, () -> make("July", null))).isEqualTo("July");
        assertThat(june.isDone()).isFalse();
        release.countDown();
        assertThat(june.get()).isEqualTo("June");
    }

    @Test
    void aFailureEndsTheTurnAndTheNextCallerMakesTheValue() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var failing = CallInThread.start(() -> values.get("2024-06", 1, () -> {
            make("never", release);
            throw new IllegalStateException("plan-service did not answer");
        }));
        awaitFirstMaking();
        var next = CallInThread.start(() -> values.get("2024-06", 1, () -> make("month", null))).awaitParked();

        release.countDown();
        assertThatThrownBy(failing::get).hasRootCauseMessage("plan-service did not answer");
        assertThat(next.get()).isEqualTo("month");
        assertThat(made).hasValue(2);
    }

    @Test
    void workAskingForItsOwnSlotAgainGoesOn() {
        String answer = values.inTurn("2024-06", () -> values.inTurn("2024-06", () -> "nested"));

        assertThat(answer).isEqualTo("nested");
        assertThat(values.get("2024-06", 1, () -> make("month", null))).as("the turn ended").isEqualTo("month");
    }

    /** Counts a making, then waits for {@code release} unless null. */
    private String make(String value, CountDownLatch release) {
        made.incrementAndGet();
        firstMaking.countDown();
        if (release != null) {
            try {
                assertThat(release.await(CallInThread.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    /** Returns once the first value is being made, and only that one. */
    private void awaitFirstMaking() throws InterruptedException {
        assertThat(firstMaking.await(CallInThread.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(made).hasValue(1);
    }
}

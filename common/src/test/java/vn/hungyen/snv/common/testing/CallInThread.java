package vn.hungyen.snv.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A call run in a thread of its own, so that a test can see it parked (waiting for a lock, a latch) and then take its
 * answer.
 */
public final class CallInThread<T> {

    /** How long a test waits for a call to park or to answer before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CompletableFuture<T> answer = new CompletableFuture<>();
    private final Thread thread;

    private CallInThread(Supplier<T> call) {
        this.thread = new Thread(() -> {
            try {
                answer.complete(call.get());
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
    }

    /** Starts {@code call} in a new thread. */
    public static <T> CallInThread<T> start(Supplier<T> call) {
        CallInThread<T> started = new CallInThread<>(call);
        started.thread.start();
        return started;
    }

    /** Returns once the call's thread is parked with no time limit; fails the test if it is not within the patience. */
    public CallInThread<T> awaitParked() throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (thread.getState() != Thread.State.WAITING && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).as("the call waits").isEqualTo(Thread.State.WAITING);
        return this;
    }

    public boolean isDone() {
        return answer.isDone();
    }

    /** The call's answer, waiting for it at most the patience; what it threw, as the cause of the exception. */
    public T get() throws InterruptedException, ExecutionException, TimeoutException {
        return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}

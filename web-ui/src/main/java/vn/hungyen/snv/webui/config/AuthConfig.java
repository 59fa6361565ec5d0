package vn.hungyen.snv.webui.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import vn.hungyen.snv.webui.domain.SignInThrottle;

/** Settings of sign-in and the tokens web-ui issues. */
@ConfigMapping(prefix = "app.auth")
public interface AuthConfig {

    /** How long an access token is valid. */
    @WithDefault("PT8H")
    Duration tokenLifetime();

    /** Failed password checks of one account from one client address after which each further one must wait. */
    @WithDefault("5")
    int freeFailures();

    /** The wait after the {@link #freeFailures()}th failure; it doubles with each further failure. */
    @WithDefault("PT30S")
    Duration firstDelay();

    /** The longest wait between two password checks of one account from one address. */
    @WithDefault("PT15M")
    Duration maxDelay();

    /** How long after its last failure an account's failures from an address are forgotten. */
    @WithDefault("PT24H")
    Duration failureMemory();

    /** Failed password checks (for any accounts) allowed per client address within {@link #failureWindow()}. */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** The window a client address's failures are counted in, from the first; a blocked address waits till its end. */
    @WithDefault("PT15M")
    Duration failureWindow();

    /**
     * Whether the session cookie is sent only over HTTPS: true but in the dev, test and demo profiles (see
     * application.properties). The pages read it where they set the cookie.
     */
    @WithDefault("true")
    boolean secureCookie();

    /** The fewest characters a new password may have. */
    @WithDefault("10")
    int minPasswordLength();

    default SignInThrottle throttle() {
        return new SignInThrottle(freeFailures(), firstDelay(), maxDelay(), failureMemory(), maxFailuresPerAddress(),
                failureWindow());
    }
}

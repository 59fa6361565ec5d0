package vn.hungyen.snv.webui.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of sign-in and the tokens web-ui issues. */
@ConfigMapping(prefix = "app.auth")
public interface AuthConfig {

    /** How long an access token is valid. */
    @WithDefault("PT8H")
    Duration tokenLifetime();

    /** Failed logins allowed per user name within {@link #failureWindow()}. */
    @WithDefault("5")
    int maxFailuresPerUser();

    /** Failed logins allowed per client address within {@link #failureWindow()}. */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** The window failures are counted in; a blocked user may try again when it ends. */
    @WithDefault("PT15M")
    Duration failureWindow();

    /** The fewest characters a new password may have. */
    @WithDefault("10")
    int minPasswordLength();
}

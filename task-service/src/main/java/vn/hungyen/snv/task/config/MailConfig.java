package vn.hungyen.snv.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reminders' e-mail; the SMTP server itself is quarkus.mailer.* (QUARKUS_MAILER_HOST, …). */
@ConfigMapping(prefix = "app.mail")
public interface MailConfig {

    /** How often the mail relay sends what is waiting (a Quarkus scheduler period, e.g. 30s; "off" disables it). */
    @WithDefault("30s")
    String every();

    /** A mail that failed this many times is given up (status FAILED, with the last error). */
    @WithDefault("5")
    int maxAttempts();

    /** Where people open web-ui: the links of the mails point to its task pages. */
    @WithDefault("http://127.0.0.1:8080")
    String webUiUrl();
}

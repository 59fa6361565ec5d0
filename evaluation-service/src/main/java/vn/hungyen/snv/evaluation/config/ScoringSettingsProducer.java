package vn.hungyen.snv.evaluation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;

/**
 * The configured {@link ScoringSettings}, one instance per application: the seed of each organisation's version 1
 * scoring profile (service.ScoringProfileService); a month is rated by its organisation's profile in force.
 */
@ApplicationScoped
public class ScoringSettingsProducer {

    @Produces
    @Singleton
    ScoringSettings settings(ScoringConfig config) {
        return config.toSettings();
    }
}

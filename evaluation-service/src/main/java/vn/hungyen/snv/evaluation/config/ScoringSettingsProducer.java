package vn.hungyen.snv.evaluation.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;

/** The configured {@link ScoringSettings}, one instance per application. */
@ApplicationScoped
public class ScoringSettingsProducer {

    @Produces
    @Singleton
    ScoringSettings settings(ScoringConfig config) {
        return config.toSettings();
    }
}

package vn.hungyen.snv.evaluation.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/** With no {@code app.scoring.*} setting, the service rates by the §10 defaults, which only the rules state. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ScoringSettingsTest {

    @Inject
    ScoringSettings settings;

    @Test
    void theServiceReadsTheDefaultsOfTheRules() {
        assertThat(settings).isEqualTo(ScoringSettings.defaults());
    }
}

package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;

/** The JSON of a scoring profile's settings: the names of scoring-hy540 §10, any subset laid over a profile. */
class ScoringSettingsJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode parse(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void everySettingIsWrittenAndReadBackUnchanged() {
        ScoringSettings settings = ScoringSettingsJson.merge(ScoringSettings.defaults(), json.createObjectNode()
                .put("lateMode", "zero-credit"));
        assertThat(ScoringSettingsJson.read(ScoringSettingsJson.text(settings, json), json)).isEqualTo(settings);
        assertThat(ScoringSettingsJson.write(ScoringSettings.defaults()).at("/bands/excellent").decimalValue())
                .isEqualByComparingTo("90");
        assertThat(ScoringSettingsJson.write(ScoringSettings.defaults()).at("/rounding/mode").textValue())
                .isEqualTo("half-up");
    }

    @Test
    void aSubsetReplacesOnlyTheSettingsItNames() throws Exception {
        ScoringSettings merged = ScoringSettingsJson.merge(ScoringSettings.defaults(),
                parse("{\"bands\":{\"excellent\":95},\"quota\":{\"base\":\"all-rated\"},"
                        + "\"rounding\":{\"mode\":\"half-even\"}}"));
        assertThat(merged.bandExcellent()).isEqualByComparingTo("95");
        assertThat(merged.bandGood()).isEqualByComparingTo("70");
        assertThat(merged.quotaBase()).isEqualTo(ScoringSettings.QuotaBase.ALL_RATED);
        assertThat(merged.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(merged.quotaRatio()).isEqualTo(new BigDecimal("0.20"));
    }

    @Test
    void anUnknownSettingIs400() {
        assertThatThrownBy(() -> ScoringSettingsJson.merge(ScoringSettings.defaults(),
                parse("{\"bands\":{\"superb\":99}}")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("bands.superb");
                });
    }

    @Test
    void aValueOfTheWrongTypeIs400() {
        assertThatThrownBy(() -> ScoringSettingsJson.merge(ScoringSettings.defaults(),
                parse("{\"cutoff\":{\"graceDays\":1.5}}")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).isEqualTo("Thiết lập \"cutoff.graceDays\" phải là một số nguyên.");
                });
        assertThatThrownBy(() -> ScoringSettingsJson.merge(ScoringSettings.defaults(),
                parse("{\"lateMode\":\"sometimes\"}")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().detail()).contains("partial-credit, zero-credit"));
    }

    @Test
    void aValueTheRulesRefuseIs422InVietnamese() {
        assertThatThrownBy(() -> ScoringSettingsJson.merge(ScoringSettings.defaults(),
                parse("{\"bands\":{\"good\":95}}")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().detail()).contains("bands.excellent ≥ bands.good", "nhận được 90, 95");
                });
    }
}

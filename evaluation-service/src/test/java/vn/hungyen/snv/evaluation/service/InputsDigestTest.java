package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The digest of a month's stored inputs: equal for equal facts, different for any change. */
class InputsDigestTest {

    private static String digest(Object... fields) {
        InputsDigest digest = new InputsDigest();
        digest.add("officer", fields);
        return digest.hex();
    }

    @Test
    void theSameFactsGiveTheSameDigestWhateverTheScaleOfTheirNumbers() {
        assertThat(digest(49L, new BigDecimal("26.00"))).isEqualTo(digest(49L, new BigDecimal("26")))
                .hasSize(64);
    }

    @Test
    void aChangedFactChangesTheDigest() {
        assertThat(digest(49L, new BigDecimal("26"))).isNotEqualTo(digest(49L, new BigDecimal("20")));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        assertThat(digest("ab", "c")).isNotEqualTo(digest("a", "bc"));
    }
}

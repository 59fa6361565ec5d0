package vn.hungyen.snv.common.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCodesTest {

    @Test
    void aListOfCodesSurvivesItsColumn() {
        assertThat(UnitCodes.join(List.of("VP", "TCBC"))).isEqualTo("VP;TCBC");
        assertThat(UnitCodes.split(UnitCodes.join(List.of("VP", "TCBC")))).containsExactly("VP", "TCBC");
        assertThat(UnitCodes.split(UnitCodes.join(List.of()))).isEmpty();
        assertThat(UnitCodes.split(null)).isEmpty();
    }
}

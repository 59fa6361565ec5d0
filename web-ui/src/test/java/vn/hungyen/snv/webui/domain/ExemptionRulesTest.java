package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExemptionRulesTest {

    @Test
    void everyStatusReadsInVietnamese() {
        assertThat(ExemptionRules.status("PENDING")).isEqualTo(new ExemptionRules.Status("Chờ xem xét", "warn"));
        assertThat(ExemptionRules.status("APPROVED").label()).isEqualTo("Đã chấp thuận");
        assertThat(ExemptionRules.status("REFUSED").label()).isEqualTo("Không chấp thuận");
        assertThat(ExemptionRules.status(null).label()).isEqualTo("Không rõ");
    }
}

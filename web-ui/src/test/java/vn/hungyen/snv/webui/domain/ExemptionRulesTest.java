package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptionRulesTest {

    @Test
    void everyStatusReadsInVietnamese() {
        assertThat(ExemptionRules.status("PENDING")).isEqualTo(new ExemptionRules.Status("Chờ xem xét", "warn"));
        assertThat(ExemptionRules.status("APPROVED").label()).isEqualTo("Đã chấp thuận");
        assertThat(ExemptionRules.status("REFUSED").label()).isEqualTo("Không chấp thuận");
        assertThat(ExemptionRules.status(null).label()).isEqualTo("Không rõ");
    }

    @Test
    void aProductWithALateEventOrAReturnMayBeTheSubjectOfARequest() {
        assertThat(ExemptionRules.requestable(1, 0, List.of())).isTrue();
        assertThat(ExemptionRules.requestable(0, 2, List.of())).isTrue();
        assertThat(ExemptionRules.requestable(0, 0, List.of())).isFalse();
    }

    @Test
    void aRequestWaitingOrApprovedStopsAnotherButARefusalDoesNot() {
        assertThat(ExemptionRules.requestable(1, 0, List.of("PENDING"))).isFalse();
        assertThat(ExemptionRules.requestable(1, 0, List.of("REFUSED", "APPROVED"))).isFalse();
        assertThat(ExemptionRules.requestable(1, 0, List.of("REFUSED"))).isTrue();
    }

    @Test
    void theHeadRulesOnTheUnitsOfficersAndTheSupervisingDeputyOnTheHead() {
        assertThat(ExemptionRules.rulesOn("head.cchc", "officer.cchc.1", "head.cchc", "deputy1")).isTrue();
        assertThat(ExemptionRules.rulesOn("deputy1", "officer.cchc.1", "head.cchc", "deputy1")).isFalse();
        assertThat(ExemptionRules.rulesOn("deputy1", "head.cchc", "head.cchc", "deputy1")).isTrue();
        assertThat(ExemptionRules.rulesOn("head.cchc", "head.cchc", "head.cchc", "deputy1")).isFalse();
        assertThat(ExemptionRules.rulesOn("deputyhead.cchc.1", "officer.cchc.1", "head.cchc", "deputy1")).isFalse();
    }
}
